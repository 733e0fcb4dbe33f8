package org.roundtable.trigger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditService;
import org.roundtable.checklist.SettingsService;
import org.roundtable.checklist.SettingsView;
import org.roundtable.user.CurrentUser;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;

/**
 * The Community Trigger rules a partnership uses, and which of them an ASBRAC referral met at its submission. The
 * rules themselves are SQL (the view {@code community_trigger_met}, migration V24), read by the case flags and by the
 * outcomes report alike, so both always agree. Every change of the rules is audited.
 */
@ApplicationScoped
public class CommunityTriggerRules {

    /** A rule a referral met, with its evidence: complaints counted, people reporting, or 1 hate incident. */
    public record Met(TriggerRule rule, long evidence) {
    }

    private static final List<String> FIELD_ORDER = List.of("complaintsRule", "sameProblemRule", "sameProblemReporters", "sameProblemMonths",
            "hateIncidentRule");

    @Inject
    EntityManager entityManager;

    @Inject
    SettingsService settings;

    @Inject
    Validator validator;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Transactional
    public TriggerRulesView get() {
        return view(setting());
    }

    @Transactional
    public TriggerRulesView update(TriggerRulesForm form, long expectedVersion) {
        if (form == null) {
            throw new InvalidInputException("complaintsRule", "Send the Community Trigger rules as JSON");
        }
        List<FieldError> errors = validator.validate(form).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparingInt(e -> FIELD_ORDER.indexOf(e.field())))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CommunityTriggerSetting setting = setting();
        if (setting.version != expectedVersion) {
            throw new StaleEditException("Someone else changed the Community Trigger rules while you were editing them.", view(setting));
        }
        String before = view(setting).describe();
        setting.complaintsRule = form.complaintsRule();
        setting.sameProblemRule = form.sameProblemRule();
        setting.sameProblemReporters = form.sameProblemReporters();
        setting.sameProblemMonths = form.sameProblemMonths();
        setting.hateIncidentRule = form.hateIncidentRule();
        setting.updatedAt = clock.instant();
        setting.updatedBy = currentUser.displayName();
        entityManager.flush();
        TriggerRulesView after = view(setting);
        audit.record("community-trigger.update", "community-trigger", null, "before: " + before + " | after: " + after.describe());
        return after;
    }

    /** The switched-on rules this ASBRAC referral met when it was submitted; empty for any other referral. */
    @Transactional
    public List<Met> metBy(UUID referralId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select rule, evidence from community_trigger_met where referral_id = :id")
                .setParameter("id", referralId).getResultList();
        return rows.stream().map(row -> new Met(TriggerRule.valueOf((String) row[0]), ((Number) row[1]).longValue()))
                .sorted(Comparator.comparing(Met::rule)).toList();
    }

    private CommunityTriggerSetting setting() {
        return entityManager.find(CommunityTriggerSetting.class, CommunityTriggerSetting.THE_PARTNERSHIP);
    }

    private TriggerRulesView view(CommunityTriggerSetting s) {
        SettingsView asbrac = settings.get(ConferenceKind.ASBRAC);
        return new TriggerRulesView(s.complaintsRule, asbrac.communityTriggerComplaints(), asbrac.communityTriggerMonths(), s.sameProblemRule,
                s.sameProblemReporters, s.sameProblemMonths, s.hateIncidentRule, s.version, s.updatedAt, s.updatedBy);
    }
}
