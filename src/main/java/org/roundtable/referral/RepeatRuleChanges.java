package org.roundtable.referral;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.Actor;
import org.roundtable.audit.AuditService;
import org.roundtable.checklist.RepeatRuleChanged;
import org.roundtable.checklist.SettingsService;

/**
 * When the repeat rule changes, existing flags follow it: after an administrator changes a kind's rule, and once at
 * the first start after a migration that changed it (V21 brought SafeLives' rule). Each time the audit log says how
 * many flags changed. A coordinator's answer on a case is kept either way.
 */
@ApplicationScoped
class RepeatRuleChanges {

    static final String ENTITY = "repeat-rule";
    private static final Actor ROUNDTABLE = new Actor("system", "Roundtable", null);

    @Inject
    EntityManager entityManager;

    @Inject
    Repeats repeats;

    @Inject
    SettingsService settings;

    @Inject
    AuditService audit;

    void onStart(@Observes StartupEvent start) {
        recomputeIfDue();
    }

    /** The work a migration left, done once: the row is taken in this transaction, so a second instance finds none. */
    @Transactional
    Repeats.Changes recomputeIfDue() {
        @SuppressWarnings("unchecked")
        List<String> reasons = entityManager.createNativeQuery("delete from repeat_recompute_due returning reason").getResultList();
        if (reasons.isEmpty()) {
            return Repeats.Changes.NONE;
        }
        Repeats.Changes all = Repeats.Changes.NONE;
        List<String> perKind = new ArrayList<>();
        for (ConferenceKind kind : ConferenceKind.values()) {
            Repeats.Changes changes = repeats.recomputeKind(kind);
            all = all.plus(changes);
            perKind.add(kind.label() + " (" + settings.get(kind).describeRepeats() + "): " + summary(changes));
        }
        audit.recordFor(ROUNDTABLE, "repeat.rule-changed", ENTITY, null, String.join("; ", reasons),
                all.count() + " repeat flags changed. " + String.join("; ", perKind));
        return all;
    }

    void onSettingsChange(@Observes RepeatRuleChanged change) {
        Repeats.Changes changes = repeats.recomputeKind(change.kind());
        audit.record("repeat.rule-changed", ENTITY, change.kind().name(),
                changes.count() + " repeat flags changed (" + summary(changes) + "). Before: " + change.before() + ". After: " + change.after());
    }

    private static String summary(Repeats.Changes changes) {
        return changes.set().size() + " set, " + changes.cleared().size() + " cleared";
    }
}
