package org.roundtable.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLConnection;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * GOV.UK Frontend's stylesheet asks for its fonts and images at /assets/; they live inside the webjar.
 */
@Path("/assets")
public class GovukAssets {

    static final String ROOT = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/";

    @GET
    @Path("{file: (fonts|images|rebrand)/[A-Za-z0-9._/-]+}")
    @PermitAll
    @Operation(hidden = true)
    public Response asset(@PathParam("file") String file) {
        if (file.contains("..")) {
            return Response.status(404).build();
        }
        InputStream content = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + file);
        if (content == null) {
            return Response.status(404).build();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        String type = file.endsWith(".woff2") ? "font/woff2" : file.endsWith(".woff") ? "font/woff"
                : file.endsWith(".svg") ? "image/svg+xml" : URLConnection.guessContentTypeFromName(file);
        return Response.ok(content, type == null ? "application/octet-stream" : type).cacheControl(cache).build();
    }
}
