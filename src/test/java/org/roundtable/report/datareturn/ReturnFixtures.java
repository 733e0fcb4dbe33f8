package org.roundtable.report.datareturn;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.roundtable.agency.AgencyForm;
import org.roundtable.agency.AgencyService;
import org.roundtable.agency.AgencyType;
import org.roundtable.agency.SafeLivesSource;
import org.roundtable.audit.Actor;
import org.roundtable.referral.Ethnicity;
import org.roundtable.referral.YesNoNotKnown;
import org.roundtable.support.Forms;

/**
 * Cases heard at MARAC meetings, written straight to the tables the return reads, so that each test can hold a
 * fixture whose figures were counted by hand. Meetings are placed in years no other test uses.
 */
@ApplicationScoped
public class ReturnFixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** A victim or alleged perpetrator: sex as the form records it, and a date of birth or an age. */
    public record Someone(String sex, LocalDate dateOfBirth, Integer approximateAge) {

        public static Someone born(String sex, LocalDate dateOfBirth) {
            return new Someone(sex, dateOfBirth, null);
        }

        public static Someone aged(String sex, Integer age) {
            return new Someone(sex, null, age);
        }
    }

    /** A referral's facts as the return counts them. */
    public record Case(String agencyCode, Instant submittedAt, boolean repeat, int children, Someone victim, Someone perpetrator,
            Ethnicity ethnicity, YesNoNotKnown disability, YesNoNotKnown lgbtq) {
    }

    @Inject
    AgencyService agencies;

    @Inject
    EntityManager entityManager;

    /** A new agency with this SafeLives source (null: the usual one for its type); returns its short code. */
    public String agency(AgencyType type, SafeLivesSource source) {
        String code = Forms.unique("DR");
        agencies.createAs(new Actor("test", "test", null), new AgencyForm("Return agency " + code, code, type, true, null, source));
        return code;
    }

    /** A held MARAC meeting (or one in another status) starting at this London time; returns its id. */
    public UUID meeting(LocalDateTime londonStart, String status) {
        UUID id = UUID.randomUUID();
        run("""
                insert into meeting (id, conference_kind_code, starts_at, chair_subject, chair_name, status, confidentiality_statement,
                    created_at, created_by) values (:id, 'MARAC', :starts, 'chair', 'Ruth Miller', :status, 'Confidential', now(), 'test')""",
                q -> q.setParameter("id", id).setParameter("starts", londonStart.atZone(LONDON).toInstant()).setParameter("status", status));
        return id;
    }

    /** A referral with its people, heard (or otherwise) at the meeting; returns the referral's id. */
    public UUID onAgenda(UUID meeting, Case c, String itemStatus) {
        UUID referral = referral(c);
        onAgenda(meeting, referral, itemStatus);
        return referral;
    }

    /** Puts an existing referral on a meeting's agenda as heard. */
    public void heard(UUID meeting, UUID referral) {
        onAgenda(meeting, referral, "HEARD");
    }

    /** Puts an existing referral on a meeting's agenda, then takes it off again (deferred): never discussed there. */
    public void deferred(UUID meeting, UUID referral) {
        onAgenda(meeting, referral, "DEFERRED");
    }

    private void onAgenda(UUID meeting, UUID referral, String itemStatus) {
        run("""
                insert into agenda_item (id, meeting_id, referral_id, position, status, came_from, heard_at)
                values (:id, :meeting, :referral, 1, :status, 'ACCEPTED', :heard)""",
                q -> q.setParameter("id", UUID.randomUUID()).setParameter("meeting", meeting).setParameter("referral", referral)
                        .setParameter("status", itemStatus).setParameter("heard", "HEARD".equals(itemStatus) ? Instant.now() : null, Instant.class));
    }

    private UUID referral(Case c) {
        UUID id = UUID.randomUUID();
        UUID victim = person(c.victim(), "Victim");
        UUID earlier = c.repeat() ? bareReferral(c.agencyCode(), victim) : null;
        run("""
                insert into referral (id, conference_kind_code, state, referring_agency_code, author_subject, author_name, victim_person_id,
                    checklist_code, created_at, updated_at, submitted_at, repeat_of_referral_id, victim_ethnicity, victim_disability,
                    victim_lgbtq)
                values (:id, 'MARAC', 'CLOSED', :agency, 'test', 'Test', :victim, 'DASH_RIC', :submitted, :submitted, :submitted, :earlier,
                    :ethnicity, :disability, :lgbtq)""",
                q -> q.setParameter("id", id).setParameter("agency", c.agencyCode()).setParameter("victim", victim)
                        .setParameter("submitted", c.submittedAt()).setParameter("earlier", earlier, UUID.class)
                        .setParameter("ethnicity", c.ethnicity() == null ? null : c.ethnicity().name(), String.class)
                        .setParameter("disability", c.disability() == null ? null : c.disability().name(), String.class)
                        .setParameter("lgbtq", c.lgbtq() == null ? null : c.lgbtq().name(), String.class));
        link(id, victim, "VICTIM");
        if (c.perpetrator() != null) {
            link(id, person(c.perpetrator(), "Perpetrator"), "PERPETRATOR");
        }
        for (int i = 0; i < c.children(); i++) {
            link(id, person(Someone.aged(null, 5), "Child"), "CHILD");
        }
        return id;
    }

    /** The earlier referral a repeat points at; closed, and on no agenda. */
    private UUID bareReferral(String agencyCode, UUID victim) {
        UUID id = UUID.randomUUID();
        run("""
                insert into referral (id, conference_kind_code, state, referring_agency_code, author_subject, author_name, victim_person_id,
                    checklist_code, created_at, updated_at, submitted_at)
                values (:id, 'MARAC', 'CLOSED', :agency, 'test', 'Test', :victim, 'DASH_RIC', now(), now(), now())""",
                q -> q.setParameter("id", id).setParameter("agency", agencyCode).setParameter("victim", victim));
        return id;
    }

    private UUID person(Someone someone, String firstName) {
        UUID id = UUID.randomUUID();
        run("""
                insert into person (id, first_name, last_name, date_of_birth, approximate_age, sex, match_name, created_at)
                values (:id, :first, 'Return', :dob, :age, :sex, 'return', now())""",
                q -> q.setParameter("id", id).setParameter("first", firstName).setParameter("dob", someone.dateOfBirth(), LocalDate.class)
                        .setParameter("age", someone.approximateAge(), Integer.class).setParameter("sex", someone.sex(), String.class));
        return id;
    }

    private void link(UUID referral, UUID person, String role) {
        run("insert into referral_person (referral_id, person_id, role) values (:referral, :person, :role)",
                q -> q.setParameter("referral", referral).setParameter("person", person).setParameter("role", role));
    }

    /**
     * The return's settings as shipped (name MARAC, no population): other tests, and the form fuzzer, may have changed
     * them; the rows and the summary name the MARAC and use the population.
     */
    public void shippedSettings() {
        run("update marac_return_setting set marac_name = 'MARAC', adult_female_population = null, version = version + 1 where id = 1",
                q -> { });
    }

    /** Changes a referral's state behind the lifecycle's back, as a data correction would. */
    public void setState(UUID referral, String state) {
        run("update referral set state = :state where id = :id", q -> q.setParameter("state", state).setParameter("id", referral));
    }

    /** Runs one statement in its own transaction; parameters that may be null are bound with their type. */
    private void run(String sql, java.util.function.Consumer<org.hibernate.query.NativeQuery<?>> bind) {
        QuarkusTransaction.requiringNew().run(() -> {
            org.hibernate.query.NativeQuery<?> query = entityManager.createNativeQuery(sql).unwrap(org.hibernate.query.NativeQuery.class);
            bind.accept(query);
            query.executeUpdate();
        });
    }
}
