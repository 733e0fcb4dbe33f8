package org.roundtable.report.dashboard;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;

/**
 * A hand-made MARAC quarter, January to March 2013 (a range no other test uses), written by SQL as the feature tables
 * hold it, with its own agencies (DBPOL police, DBHSG housing, DBIDV the IDVA service). Every row has a fixed id, so
 * loading it twice changes nothing. What each figure should be is counted in {@link DashboardFiguresTest}.
 *
 * <pre>
 * referral  agency  submitted (UTC)        state         repeat  children  heard at
 * R0        DBPOL   2012-06-01 10:00       CLOSED        -       0         M0 (2012-06-20)
 * R7        DBPOL   2012-12-20 10:00       CLOSED        -       1         M1
 * R1        DBPOL   2013-01-10 10:00       CLOSED        -       2         M1
 * R2        DBPOL   2013-01-12 10:00       UNDER_REVIEW  yes     1         M1, M2
 * R3        DBHSG   2013-01-20 10:00       SCREENED_OUT  -       0         (screened out 2013-01-22)
 * R4        DBIDV   2013-02-01 10:00       HEARD         -       0         M2
 * R5        DBHSG   2013-03-31 22:30       ACCEPTED      yes     0         (31 March 23:30 in London: still Q1)
 * R6        DBPOL   2013-03-31 23:30       ACCEPTED      -       0         (1 April 00:30 in London: Q2)
 * RD        DBPOL   (a draft)              DRAFT
 * S1 SARAC  DBIDV   2013-02-10 10:00       SCREENED_OUT  (screened out 2013-02-11)
 * meetings: M1 2013-01-24 held, M2 2013-02-21 held, M3 2013-03-21 planned (agenda not published)
 * </pre>
 */
@ApplicationScoped
public class DashboardFixture {

    static final String POLICE = "DBPOL";
    static final String HOUSING = "DBHSG";
    static final String IDVA = "DBIDV";

    @Inject
    EntityManager entityManager;

    @Inject
    org.roundtable.user.UserService users;

    /** A user of the given role, holding these conference kinds (for a coordinator or a chair). */
    public void user(String subject, String agency, String role, ConferenceKind... kinds) {
        users.recordSignIn(new org.roundtable.user.SignIn(subject, subject, "Dashboard " + role, null, agency, List.of(role)));
        if (kinds.length > 0) {
            users.setConferenceKinds(subject, EnumSet.copyOf(List.of(kinds)), users.get(subject).version());
        }
    }

    private org.hibernate.query.MutationQuery sql(String sql) {
        return entityManager.unwrap(org.hibernate.Session.class).createNativeMutationQuery(sql);
    }

    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("dashboard-fixture-" + name).getBytes(StandardCharsets.UTF_8));
    }

    public void load() {
        QuarkusTransaction.requiringNew().run(this::insertAll);
    }

    private void insertAll() {
        agency(POLICE, "Dashboard Police", "POLICE");
        agency(HOUSING, "Dashboard Housing", "HOUSING");
        agency(IDVA, "Dashboard IDVA Service", "IDVA_SERVICE");

        referral("R0", "MARAC", POLICE, "2012-06-01T10:00:00Z", "CLOSED", null);
        referral("R7", "MARAC", POLICE, "2012-12-20T10:00:00Z", "CLOSED", null);
        referral("R1", "MARAC", POLICE, "2013-01-10T10:00:00Z", "CLOSED", null);
        referral("R2", "MARAC", POLICE, "2013-01-12T10:00:00Z", "UNDER_REVIEW", "R0");
        referral("R3", "MARAC", HOUSING, "2013-01-20T10:00:00Z", "SCREENED_OUT", null);
        referral("R4", "MARAC", IDVA, "2013-02-01T10:00:00Z", "HEARD", null);
        referral("R5", "MARAC", HOUSING, "2013-03-31T22:30:00Z", "ACCEPTED", "R0");
        referral("R6", "MARAC", POLICE, "2013-03-31T23:30:00Z", "ACCEPTED", null);
        referral("RD", "MARAC", POLICE, null, "DRAFT", null);
        referral("S1", "SARAC", IDVA, "2013-02-10T10:00:00Z", "SCREENED_OUT", null);
        transition("R3", "SCREENED_OUT", "2013-01-22T10:00:00Z");
        transition("S1", "SCREENED_OUT", "2013-02-11T10:00:00Z");

        child("R7", "C1");
        child("R1", "C2");
        child("R1", "C3");
        child("R2", "C4");

        meeting("M0", "MARAC", "2012-06-20T10:00:00Z", "APPROVED");
        meeting("M1", "MARAC", "2013-01-24T10:00:00Z", "HELD");
        meeting("M2", "MARAC", "2013-02-21T10:00:00Z", "HELD");
        meeting("M3", "MARAC", "2013-03-21T10:00:00Z", "PLANNED");
        heard("M0", "R0", 1);
        heard("M1", "R7", 1);
        heard("M1", "R1", 2);
        heard("M1", "R2", 3);
        heard("M2", "R2", 1);
        heard("M2", "R4", 2);
        listed("M3", "R5");

        action("A1", "R1", "M1", HOUSING, "2013-01-24T12:00:00Z", "2013-02-07", "DONE", null, "2013-02-01T12:00:00Z");
        action("A2", "R2", "M1", HOUSING, "2013-01-24T12:00:00Z", "2013-02-07", "OPEN", null, null);
        action("A3", "R4", "M2", HOUSING, "2013-02-21T12:00:00Z", "2099-01-01", "IN_PROGRESS", null, null);
        action("A4", "R4", "M2", IDVA, "2013-02-21T12:00:00Z", "2013-03-07", "NOT_DONE", "AGENCY_DID_NOT_ACT", "2013-03-08T12:00:00Z");
        action("A5", "R2", null, HOUSING, "2013-04-02T12:00:00Z", "2013-04-16", "OPEN", null, null);

        caseload("R1");
        caseload("R2");
        caseload("R4");
        caseload("R5");
        contact("K1", "R1", 60, "NO_ANSWER", null);
        contact("K2", "R1", 180, "SPOKE_TO_VICTIM", null);
        contact("K3", "R2", 30, "MESSAGE_LEFT", null);
        contact("K4", "R2", 1500, "DECLINED_SUPPORT", null);
        contact("K5", "R4", 600, "SPOKE_TO_VICTIM", null);
        // An amendment is not a contact: were it counted, R4's first attempt would be 20 minutes and the median 30.
        contact("K6", "R4", 20, "SPOKE_TO_VICTIM", "K5");
    }

    private void agency(String code, String name, String type) {
        sql("""
                insert into agency (id, name, short_code, agency_type, active, version, created_at, updated_at)
                values (:id, :name, :code, :type, true, 0, now(), now()) on conflict do nothing""")
                .setParameter("id", id(code)).setParameter("name", name).setParameter("code", code).setParameter("type", type)
                .executeUpdate();
    }

    private void referral(String name, String kind, String agency, String submitted, String state, String repeatOf) {
        sql("""
                insert into referral (id, reference, conference_kind_code, state, referring_agency_code, author_subject, author_name,
                                      checklist_code, created_at, updated_at, submitted_at, repeat_of_referral_id)
                values (:id, :reference, :kind, :state, :agency, 'dashboard-fixture', 'Fixture', 'DASH_RIC',
                        :created, :created, :submitted, :repeatOf) on conflict do nothing""")
                .setParameter("id", id(name)).setParameter("reference", submitted == null ? null : "DASHBOARD-" + name)
                .setParameter("kind", kind).setParameter("state", state).setParameter("agency", agency)
                .setParameter("created", submitted == null ? Instant.parse("2013-01-05T10:00:00Z") : Instant.parse(submitted))
                .setParameter("submitted", submitted == null ? null : Instant.parse(submitted), Instant.class)
                .setParameter("repeatOf", repeatOf == null ? null : id(repeatOf), UUID.class).executeUpdate();
    }

    private void transition(String referral, String to, String at) {
        sql("""
                insert into referral_transition (referral_id, from_state, to_state, occurred_at, actor_subject, actor_name)
                select :id, 'SUBMITTED', :to, :at, 'dashboard-fixture', 'Fixture'
                where not exists (select 1 from referral_transition where referral_id = :id and to_state = :to)""")
                .setParameter("id", id(referral)).setParameter("to", to).setParameter("at", Instant.parse(at)).executeUpdate();
    }

    private void child(String referral, String name) {
        sql("""
                insert into person (id, first_name, last_name, match_name, created_at) values (:id, 'Child', :name, :name, now())
                on conflict do nothing""").setParameter("id", id(name)).setParameter("name", "Fixture " + name).executeUpdate();
        sql("""
                insert into referral_person (referral_id, person_id, role) values (:referral, :person, 'CHILD') on conflict do nothing""")
                .setParameter("referral", id(referral)).setParameter("person", id(name)).executeUpdate();
    }

    private void meeting(String name, String kind, String startsAt, String status) {
        sql("""
                insert into meeting (id, conference_kind_code, starts_at, chair_subject, chair_name, status, confidentiality_statement,
                                     created_at, created_by)
                values (:id, :kind, :starts, 'dashboard-fixture', 'Fixture', :status, 'Confidential', :starts, 'Fixture')
                on conflict do nothing""")
                .setParameter("id", id(name)).setParameter("kind", kind).setParameter("starts", Instant.parse(startsAt))
                .setParameter("status", status).executeUpdate();
    }

    private void heard(String meeting, String referral, int position) {
        item(meeting, referral, position, "HEARD");
    }

    private void listed(String meeting, String referral) {
        item(meeting, referral, 1, "PROPOSED");
    }

    private void item(String meeting, String referral, int position, String status) {
        sql("""
                insert into agenda_item (id, meeting_id, referral_id, position, status, came_from, heard_at)
                select :id, m.id, :referral, :position, :status, 'ACCEPTED', case when :status = 'HEARD' then m.starts_at end
                from meeting m where m.id = :meeting on conflict do nothing""")
                .setParameter("id", id(meeting + referral)).setParameter("meeting", id(meeting)).setParameter("referral", id(referral))
                .setParameter("position", position).setParameter("status", status).executeUpdate();
    }

    private void action(String name, String referral, String meeting, String owner, String created, String due, String status,
            String category, String completed) {
        sql("""
                insert into action (id, referral_id, meeting_id, owner_agency_code, description, due_on, status, not_done_category,
                                    created_at, created_by, conference_kind_code, case_reference, completed_at)
                values (:id, :referral, :meeting, :owner, 'Fixture action', :due, :status, :category, :created, 'Fixture', 'MARAC',
                        :reference, :completed) on conflict do nothing""")
                .setParameter("id", id(name)).setParameter("referral", id(referral))
                .setParameter("meeting", meeting == null ? null : id(meeting), UUID.class).setParameter("owner", owner)
                .setParameter("due", LocalDate.parse(due)).setParameter("status", status).setParameter("category", category, String.class)
                .setParameter("created", Instant.parse(created)).setParameter("reference", "DASHBOARD-" + referral)
                .setParameter("completed", completed == null ? null : Instant.parse(completed), Instant.class).executeUpdate();
    }

    private void caseload(String referral) {
        sql("""
                insert into caseload_entry (id, referral_id, conference_kind_code, referred_at, service_allocated_at, support)
                select :id, r.id, r.conference_kind_code, r.submitted_at, r.submitted_at, 'OPEN' from referral r where r.id = :referral
                on conflict do nothing""").setParameter("id", id("caseload" + referral)).setParameter("referral", id(referral))
                .executeUpdate();
    }

    private void contact(String name, String referral, int minutesAfterReferral, String outcome, String amends) {
        sql("""
                insert into contact_entry (id, referral_id, amends_entry_id, occurred_at, method, outcome, author_subject, author_name,
                                           written_at)
                select :id, r.id, :amends, r.submitted_at + make_interval(mins => :minutes), 'PHONE', :outcome, 'dashboard-fixture',
                       'Fixture', r.submitted_at + make_interval(mins => :minutes)
                from referral r where r.id = :referral on conflict do nothing""")
                .setParameter("id", id(name)).setParameter("referral", id(referral))
                .setParameter("amends", amends == null ? null : id(amends), UUID.class).setParameter("minutes", minutesAfterReferral)
                .setParameter("outcome", outcome).executeUpdate();
    }
}
