package org.roundtable.checklist;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditService;
import org.roundtable.user.CurrentUser;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;

/**
 * Thresholds per conference kind: escalation, the repeat rule, Community Trigger. Every change is audited; a change of
 * the repeat rule is announced ({@link RepeatRuleChanged}) so that existing flags follow it.
 */
@ApplicationScoped
public class SettingsService {

    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<ConferenceSetting, ConferenceKind> {
    }

    private static final List<String> FIELD_ORDER = List.of("escalationIncidents", "escalationMonths", "repeatWindowMonths",
            "repeatAnchor", "repeatSamePerpetrator", "communityTriggerComplaints", "communityTriggerMonths", "agendaCap");

    @Inject
    Repository repository;

    @Inject
    Validator validator;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<RepeatRuleChanged> repeatRuleChanged;

    @Transactional
    public List<SettingsView> all() {
        return Arrays.stream(ConferenceKind.values()).map(this::get).toList();
    }

    @Transactional
    public SettingsView get(ConferenceKind kind) {
        return SettingsView.of(repository.findById(kind));
    }

    @Transactional
    public SettingsView update(ConferenceKind kind, SettingsForm form, long expectedVersion) {
        List<FieldError> errors = validator.validate(form).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparingInt(e -> FIELD_ORDER.indexOf(e.field())))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ConferenceSetting setting = repository.findById(kind);
        if (setting.version != expectedVersion) {
            throw new StaleEditException("Someone else changed the " + kind.label() + " settings while you were editing them.",
                    SettingsView.of(setting));
        }
        SettingsView before = SettingsView.of(setting);
        setting.escalationIncidents = form.escalationIncidents();
        setting.escalationMonths = form.escalationMonths();
        setting.repeatWindowMonths = form.repeatWindowMonths();
        if (form.repeatAnchor() != null) {
            setting.repeatAnchor = form.repeatAnchor();
        }
        if (form.repeatSamePerpetrator() != null) {
            setting.repeatSamePerpetrator = form.repeatSamePerpetrator();
        }
        setting.communityTriggerComplaints = form.communityTriggerComplaints();
        setting.communityTriggerMonths = form.communityTriggerMonths();
        if (form.agendaCap() != null) {
            setting.agendaCap = form.agendaCap();
        }
        setting.updatedAt = Instant.now();
        setting.updatedBy = currentUser.displayName();
        repository.flush();
        SettingsView after = SettingsView.of(setting);
        audit.record("settings.update", "conference-kind", kind.name(), "before: " + before.describe() + " | after: " + after.describe());
        if (!before.describeRepeats().equals(after.describeRepeats())) {
            repeatRuleChanged.fire(new RepeatRuleChanged(kind, before.describeRepeats(), after.describeRepeats()));
        }
        return after;
    }
}
