package org.roundtable.agency;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Agencies' names by short code, for pages that hold only the code (meeting mode's pickers, a case's referring
 * agency). Pages ask many times per render, so the names are kept until an agency is added or changed.
 */
@ApplicationScoped
public class AgencyNames {

    @Inject
    AgencyRepository repository;

    private volatile Map<String, String> byCode;

    public String nameOf(String code) {
        if (code == null) {
            return "";
        }
        Map<String, String> names = byCode;
        if (names == null) {
            names = io.quarkus.narayana.jta.QuarkusTransaction.joiningExisting().call(() -> repository.allByName().stream()
                    .collect(Collectors.toUnmodifiableMap(a -> a.shortCode.toUpperCase(Locale.ROOT), a -> a.name, (a, b) -> a)));
            byCode = names;
        }
        return names.getOrDefault(code.toUpperCase(Locale.ROOT), code);
    }

    /** Fired when an agency is added or changed. */
    record Changed() {
    }

    // After the commit, not before: a page rendered meanwhile would otherwise cache the old names again.
    void forget(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) Changed changed) {
        byCode = null;
    }

    /** In templates: {agency:name(code)}. */
    @TemplateExtension(namespace = "agency")
    static String name(String code) {
        return Arc.container().instance(AgencyNames.class).get().nameOf(code);
    }
}
