package org.roundtable.agency;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Agencies' names by short code, for pages that hold only the code (meeting mode's pickers, a case's referring
 * agency). Pages ask many times per render, so the names are kept for {@link #MAX_AGE} at most: a change made on
 * another replica shows here within that time, and one made here at once (it is forgotten after the commit).
 */
@ApplicationScoped
public class AgencyNames {

    /** How long names read from the database are kept. */
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    @Inject
    AgencyRepository repository;

    @Inject
    Clock clock;

    private record Names(Map<String, String> byCode, Instant readAt) {
    }

    private volatile Names names;

    public String nameOf(String code) {
        if (code == null) {
            return "";
        }
        Names current = names;
        Instant now = clock.instant();
        if (current == null || now.isAfter(current.readAt().plus(MAX_AGE)) || now.isBefore(current.readAt())) {
            current = new Names(QuarkusTransaction.joiningExisting().call(() -> repository.allByName().stream()
                    .collect(Collectors.toUnmodifiableMap(a -> a.shortCode.toUpperCase(Locale.ROOT), a -> a.name, (a, b) -> a))), now);
            names = current;
        }
        return current.byCode().getOrDefault(code.toUpperCase(Locale.ROOT), code);
    }

    /** Fired when an agency is added or changed. */
    record Changed() {
    }

    // After the commit, not before: a page rendered meanwhile would otherwise keep the old names again.
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
        names = null;
    }

    /** In templates: {agency:name(code)}. */
    @TemplateExtension(namespace = "agency")
    static String name(String code) {
        return Arc.container().instance(AgencyNames.class).get().nameOf(code);
    }
}
