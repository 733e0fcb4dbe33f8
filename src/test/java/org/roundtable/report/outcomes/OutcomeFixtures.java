package org.roundtable.report.outcomes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.security.TestIdentityAssociation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.support.Forms;
import org.roundtable.support.Identities;
import org.roundtable.user.SignIn;
import org.roundtable.user.UserService;

/**
 * Rows for the outcomes reports, written straight into the tables the reports read, each on a day chosen by the
 * test, so that every figure can be counted by hand. Each test uses a year of its own that no other test touches.
 */
@ApplicationScoped
public class OutcomeFixtures {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** One closure of advocate support: each outcome STOPPED, REDUCED, SAME, INCREASED or null; feelsSafer YES, PARTLY, NO or null. */
    public record Closure(Instant closedAt, String physical, String sexual, String harassment, String controlling, String feelsSafer) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    UserService users;

    public static Instant london(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(LONDON).toInstant();
    }

    /** Every clock read in the application returns this London moment, until the test ends. */
    public static void clockAt(LocalDate day, int hour) {
        QuarkusMock.installMockForType(Clock.fixed(day.atTime(hour, 0).atZone(LONDON).toInstant(), LONDON), Clock.class);
    }

    public UUID person(String lastName) {
        UUID id = UUID.randomUUID();
        run("""
                insert into person (id, first_name, last_name, match_name, created_at) values (:id, 'Sam', :last, :match, now())""",
                values("id", id, "last", lastName, "match", "sam " + lastName.toLowerCase()));
        return id;
    }

    /** A submitted ASBRAC referral; repeat marks it as Roundtable's repeat flag would; hate is the ASB matrix answer, or null. */
    public UUID asbrac(UUID victim, Instant submittedAt, boolean repeat, String hate, UUID... perpetrators) {
        UUID id = referral(ConferenceKind.ASBRAC, "SUBMITTED", victim, submittedAt,
                hate == null ? "{}" : "{\"hate\": \"" + hate + "\"}");
        if (repeat) {
            // An earlier referral is not needed by the reports: they read only whether the flag is set.
            run("update referral set repeat_of_referral_id = id where id = :id", values("id", id));
        }
        for (UUID perpetrator : perpetrators) {
            run("insert into referral_person (referral_id, person_id, role) values (:r, :p, 'PERPETRATOR')",
                    values("r", id, "p", perpetrator));
        }
        return id;
    }

    public UUID referral(ConferenceKind kind, String state, UUID victim, Instant submittedAt, String answers) {
        UUID id = UUID.randomUUID();
        run("""
                insert into referral (id, reference, conference_kind_code, state, referring_agency_code, author_subject, author_name,
                    victim_person_id, checklist_code, answers, created_at, updated_at, submitted_at)
                values (:id, :reference, :kind, :state, 'OUTCOMES', 'outcomes-test', 'Outcomes Test', :victim, 'ASB_MATRIX',
                    cast(:answers as jsonb), now(), now(), :submitted)""",
                values("id", id, "reference", Forms.unique(kind.name() + "-T-"), "kind", kind.name(), "state", state, "victim", victim,
                        "answers", answers, "submitted", submittedAt));
        return id;
    }

    /** The chair recorded the case as heard at this London moment. */
    public void heard(UUID referralId, Instant at) {
        run("""
                insert into referral_transition (referral_id, from_state, to_state, occurred_at, actor_subject, actor_name)
                values (:id, 'LISTED', 'HEARD', :at, 'chair', 'Ruth Miller')""", values("id", referralId, "at", at));
        run("update referral set state = 'HEARD' where id = :id", values("id", referralId));
    }

    public String reference(UUID referralId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select reference from referral where id = :id").setParameter("id", referralId).getSingleResult());
    }

    /** A case on an advocate service's caseload (MARAC: IDVA, SARAC: ISVA), allocated to the advocate (or nobody) then. */
    public UUID caseloadEntry(ConferenceKind kind, String advocateSubject, String advocateName, Instant allocatedAt) {
        UUID referral = referral(kind, "ACCEPTED", null, allocatedAt, "{}");
        run("""
                insert into caseload_entry (id, referral_id, conference_kind_code, referred_at, service_allocated_at, advocate_subject,
                    advocate_name, allocated_at, support)
                values (:id, :referral, :kind, :at, :at, :subject, :name, :allocated, 'OPEN')""",
                values("id", UUID.randomUUID(), "referral", referral, "kind", kind.name(), "at", allocatedAt, "subject", advocateSubject,
                        "name", advocateName, "allocated", advocateSubject == null ? null : allocatedAt));
        return referral;
    }

    public void closed(UUID referralId, Closure c) {
        run("""
                update caseload_entry set support = 'CLOSED', closure_reason = 'SUPPORT_COMPLETED', closed_at = :at,
                    outcome_physical = :physical, outcome_sexual = :sexual, outcome_harassment = :harassment,
                    outcome_controlling = :controlling, feels_safer = :safer
                where referral_id = :id""",
                values("id", referralId, "at", c.closedAt(), "physical", c.physical(), "sexual", c.sexual(), "harassment", c.harassment(),
                        "controlling", c.controlling(), "safer", c.feelsSafer()));
    }

    /** Support closed with outcomes, then reopened: the entry keeps closed_at and the outcomes, support is open again. */
    public void closedThenReopened(UUID referralId, Closure c) {
        closed(referralId, c);
        run("update caseload_entry set support = 'OPEN' where referral_id = :id", values("id", referralId));
    }

    /** Signs in a coordinator (or chair) holding these conference kinds. */
    public void signIn(TestIdentityAssociation identity, String role, ConferenceKind... kinds) {
        String subject = role + "-" + Forms.unique("outcomes-");
        users.recordSignIn(new SignIn(subject, subject, "Olu Bright", null, "ASBTEAM", List.of(role)));
        if (kinds.length > 0) {
            users.setConferenceKinds(subject, EnumSet.copyOf(List.of(kinds)), users.get(subject).version());
        }
        Identities.signIn(identity, subject, "Olu Bright", "ASBTEAM", role);
    }

    public long auditEventsOn(String action, UUID referralId, String detailContains) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from audit_event where action = :action and entity_id = :id and detail like :detail")
                .setParameter("action", action).setParameter("id", referralId.toString()).setParameter("detail", "%" + detailContains + "%")
                .getSingleResult()).longValue());
    }

    public long auditEvents(String action, String detailContains) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from audit_event where action = :action and detail like :detail")
                .setParameter("action", action).setParameter("detail", "%" + detailContains + "%").getSingleResult()).longValue());
    }

    /** Runs the statement in its own transaction; a null value is written as the literal null (no typeless null binding). */
    private void run(String sql, Map<String, Object> values) {
        String written = sql;
        for (Map.Entry<String, Object> value : values.entrySet()) {
            if (value.getValue() == null) {
                written = written.replaceAll(":" + value.getKey() + "\\b", "null");
            }
        }
        String statement = written;
        QuarkusTransaction.requiringNew().run(() -> {
            jakarta.persistence.Query query = entityManager.createNativeQuery(statement);
            values.forEach((name, value) -> {
                if (value != null) {
                    query.setParameter(name, value);
                }
            });
            query.executeUpdate();
        });
    }

    private static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }
}
