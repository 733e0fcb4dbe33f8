package org.roundtable.web;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.hibernate.engine.jdbc.spi.SqlExceptionHelper;

/**
 * Test only: requests that meet an unreachable database, without touching the database every other test shares.
 * The failures are real ones (the driver refused by a closed port, Agroal timing out on a server that never
 * answers), converted as Hibernate converts them.
 */
@Path("/test-only/database-outage")
@Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
@PermitAll
public class DatabaseOutageResource {

    private static final SqlExceptionHelper HIBERNATE = new SqlExceptionHelper(false, false);

    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(hidden = true)
    @Path("refused")
    public String refused() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try {
            DriverManager.getConnection("jdbc:postgresql://localhost:" + closedPort + "/roundtable?user=postgres").close();
            throw new IllegalStateException("Port " + closedPort + " accepted a connection");
        } catch (SQLException e) {
            throw HIBERNATE.convert(e, "Unable to acquire JDBC Connection");
        }
    }

    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(hidden = true)
    @Path("pool-timeout")
    public String poolTimeout() throws IOException {
        // A server that accepts the connection and never answers, as behind a network partition.
        try (ServerSocket silent = new ServerSocket(0);
                AgroalDataSource pool = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                        .connectionPoolConfiguration(p -> p.maxSize(1).acquisitionTimeout(Duration.ofMillis(300))
                                .connectionFactoryConfiguration(f -> f.jdbcUrl("jdbc:postgresql://localhost:" + silent.getLocalPort()
                                        + "/roundtable?user=postgres&socketTimeout=5"))))) {
            pool.getConnection().close();
            throw new IllegalStateException("A silent server gave a connection");
        } catch (SQLException e) {
            throw HIBERNATE.convert(e, "Unable to acquire JDBC Connection");
        }
    }

    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(hidden = true)
    @Path("bug")
    public String bug() {
        throw new IllegalStateException("not a database outage");
    }
}
