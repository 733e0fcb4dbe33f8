package org.roundtable.retention;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.Actor;
import org.roundtable.audit.AuditService;
import org.roundtable.cluster.ClusterLock;
import org.roundtable.access.Viewer;
import org.roundtable.access.Viewers;
import org.roundtable.report.outcomes.SqlValues;
import org.roundtable.web.Clocks;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.NotFoundProblem;

/**
 * Retention: each conference kind keeps a person's data for a number of years (table retention_period, six by
 * default) after the last of the person's cases closed. A daily job lists the cases that are due; a coordinator of
 * the kind confirms each, and confirming deletes the personal data of the case and of its people who are due
 * themselves (someone on a newer or open case is kept). Rows, links, coded answers, dates of birth, sex and dates stay,
 * so the reports count the same; audit rows are never changed. Every deletion is audited.
 */
@ApplicationScoped
public class Retention {

    /** The daily listing's name for {@link ClusterLock}, which makes it run once across replicas. */
    static final String LISTING_JOB = "retention-due";

    /** Answers the reports read (community_trigger_met reads "hate"): kept as coded answers, the rest are deleted. */
    static final List<String> REPORTED_ANSWERS = List.of("hate");

    static final String DELETED = "Deleted at the end of its retention period";

    static final Actor JOB = new Actor("system", "Roundtable retention", null);

    // A person's cases, each with the day it closed, and the day the person's data is due: the latest of those days
    // plus their kind's period, where every one of their cases has finished.
    private static final String PEOPLE_DUE = """
            with closed as (
                select r.id, r.conference_kind_code, r.state in ('CLOSED', 'SCREENED_OUT', 'WITHDRAWN') as finished,
                       (coalesce((select max(t.occurred_at) from referral_transition t
                                  where t.referral_id = r.id and t.to_state in ('CLOSED', 'SCREENED_OUT', 'WITHDRAWN')),
                                 r.updated_at) at time zone 'Europe/London')::date as closed_on
                from referral r where r.state <> 'DRAFT'),
            person_case as (
                select victim_person_id as person_id, id as referral_id from referral where victim_person_id is not null and state <> 'DRAFT'
                union
                select x.person_id, x.referral_id from referral_person x join referral r on r.id = x.referral_id and r.state <> 'DRAFT'),
            person_due as (
                select pc.person_id, bool_and(c.finished) as all_finished,
                       max((c.closed_on + make_interval(years => p.years))::date) as due_on
                from person_case pc join closed c on c.id = pc.referral_id
                join retention_period p on p.conference_kind_code = c.conference_kind_code
                group by pc.person_id)
            """;

    // A case is due when it has finished, its own period has passed, and its victim is due (no newer or open case).
    private static final String CASES_DUE = PEOPLE_DUE + """
            select c.id as referral_id, r.conference_kind_code as kind, c.closed_on,
                   greatest((c.closed_on + make_interval(years => p.years))::date, coalesce(v.due_on, date '0001-01-01')) as due_on
            from closed c join referral r on r.id = c.id
            join retention_period p on p.conference_kind_code = r.conference_kind_code
            left join person_due v on v.person_id = r.victim_person_id
            where c.finished and r.erased_at is null
              and (c.closed_on + make_interval(years => p.years))::date <= :today
              and (r.victim_person_id is null or (v.all_finished and v.due_on <= :today))
            """;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Inject
    Viewers viewers;

    @Inject
    Clock clock;

    @Inject
    org.roundtable.duplicates.StoredDuplicates duplicates;

    @Inject
    ClusterLock cluster;

    @Scheduled(cron = "${roundtable.retention.cron:0 20 3 * * ?}", identity = LISTING_JOB,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        listDue(Clocks.today(clock));
    }

    /**
     * Lists the cases due on {@code today} for coordinators to confirm, and unlists those no longer due (a newer
     * referral arrived). Runs once across replicas: another instance holding the lock makes this run skip (-1).
     */
    @Transactional
    public int listDue(LocalDate today) {
        if (!cluster.tryLock(LISTING_JOB)) {
            return -1;
        }
        int unlisted = entityManager.createNativeQuery("delete from retention_due d where d.erased_at is null "
                + "and d.referral_id not in (select due.referral_id from (" + CASES_DUE + ") due)").setParameter("today", today).executeUpdate();
        int listed = entityManager.createNativeQuery("""
                insert into retention_due (referral_id, conference_kind_code, closed_on, due_on, listed_at)
                select due.referral_id, due.kind, due.closed_on, due.due_on, :now from (%s) due
                on conflict (referral_id) do update set due_on = excluded.due_on, closed_on = excluded.closed_on
                where retention_due.erased_at is null""".formatted(CASES_DUE))
                .setParameter("today", today).setParameter("now", Instant.now(clock)).executeUpdate();
        audit.recordFor(JOB, "retention.list", "retention", null, null, "today: " + today + "; due: " + listed + "; no longer due: " + unlisted);
        return listed;
    }

    /** A case listed as due, as its coordinators see it. */
    public record DueCase(UUID referralId, String reference, ConferenceKind kind, LocalDate closedOn, LocalDate dueOn, long people) {
    }

    /** The kind's retention period, as stored. */
    public record Period(ConferenceKind kind, int years, String countedFrom, long version) {
    }

    /** A new period for one kind, in whole years after the last of a person's cases closed. */
    public record PeriodChange(Integer years) {
    }

    @Transactional
    public List<Period> periods() {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("select conference_kind_code as kind, years, counted_from, version "
                + "from retention_period order by conference_kind_code", Tuple.class).getResultList();
        return rows.stream().map(t -> new Period(ConferenceKind.valueOf((String) t.get("kind")), ((Number) t.get("years")).intValue(),
                (String) t.get("counted_from"), ((Number) t.get("version")).longValue())).toList();
    }

    /** An administrator changes a kind's period (If-Match: its version); the next daily list uses it. Audited. */
    @Transactional
    public Period changePeriod(ConferenceKind kind, PeriodChange change, long expectedVersion) {
        if (change == null || change.years() == null || change.years() < 1 || change.years() > 100) {
            throw new org.roundtable.web.InvalidInputException("years", "Enter the number of years, from 1 to 100");
        }
        Period before = periods().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
        int changed = entityManager.createNativeQuery("""
                update retention_period set years = :years, version = version + 1, updated_at = :now, updated_by = :by
                where conference_kind_code = :kind and version = :version""")
                .setParameter("years", change.years()).setParameter("now", Instant.now(clock)).setParameter("by", viewers.current().name())
                .setParameter("kind", kind.name()).setParameter("version", expectedVersion).executeUpdate();
        if (changed == 0) {
            throw new org.roundtable.web.StaleEditException("Someone changed the " + kind.label() + " retention period since you read it.", before);
        }
        audit.record("retention.period", "conference-kind", kind.name(), "years: " + before.years() + " -> " + change.years());
        return periods().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
    }

    /** The listed cases of the kinds the current user coordinates, the longest due first; the read is audited. */
    @Transactional
    public List<DueCase> due() {
        Viewer viewer = viewers.current();
        List<String> kinds = java.util.Arrays.stream(ConferenceKind.values()).filter(viewer::coordinates).map(Enum::name).toList();
        if (kinds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                select d.referral_id, r.reference, d.conference_kind_code as kind, d.closed_on, d.due_on,
                       (select count(*) from (select r.victim_person_id as p where r.victim_person_id is not null
                                              union select x.person_id from referral_person x where x.referral_id = r.id) people) as people
                from retention_due d join referral r on r.id = d.referral_id
                where d.erased_at is null and d.conference_kind_code in (:kinds)
                order by d.due_on, r.reference""", Tuple.class).setParameter("kinds", kinds).getResultList();
        List<DueCase> due = rows.stream().map(t -> new DueCase((UUID) t.get("referral_id"), (String) t.get("reference"),
                ConferenceKind.valueOf((String) t.get("kind")), SqlValues.date(t.get("closed_on")),
                SqlValues.date(t.get("due_on")), ((Number) t.get("people")).longValue())).toList();
        audit.record("retention.due.view", "retention", null, "cases: " + String.join(",", due.stream().map(d -> d.referralId().toString()).toList()));
        return due;
    }

    /** What one confirmation deleted. */
    public record Erasure(UUID referralId, String reference, List<UUID> peopleDeleted, List<UUID> peopleKept) {
    }

    @Transactional
    public Erasure confirm(UUID referralId) {
        return confirm(referralId, Clocks.today(clock));
    }

    /**
     * Deletes a listed case's personal data and that of its people who are due on {@code today}, for a coordinator of
     * its kind. 409 if it is not listed, already deleted, or no longer due (a newer referral about its victim).
     */
    @Transactional
    public Erasure confirm(UUID referralId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Tuple> listed = entityManager.createNativeQuery("""
                select d.conference_kind_code as kind, d.erased_at, r.reference from retention_due d join referral r on r.id = d.referral_id
                where d.referral_id = :id for update of d""", Tuple.class).setParameter("id", referralId).getResultList();
        if (listed.isEmpty()) {
            throw new NotFoundProblem("No case " + referralId + " is listed as due for deletion");
        }
        Viewer viewer = viewers.current();
        ConferenceKind kind = ConferenceKind.valueOf((String) listed.get(0).get("kind"));
        String reference = (String) listed.get(0).get("reference");
        if (!viewer.coordinates(kind)) {
            audit.recordRefusal("retention.denied", "referral", referralId.toString(), "not a coordinator of " + kind);
            throw new ForbiddenException("Only a coordinator of " + kind.label() + " can confirm the deletion of its cases");
        }
        if (listed.get(0).get("erased_at") != null) {
            throw new IllegalStateChangeException("The personal data of " + reference + " has already been deleted.");
        }
        boolean stillDue = !entityManager.createNativeQuery("select 1 from (" + CASES_DUE + ") due where due.referral_id = :id")
                .setParameter("today", today).setParameter("id", referralId).getResultList().isEmpty();
        if (!stillDue) {
            throw new IllegalStateChangeException(reference + " is no longer due for deletion: a newer referral names its victim, "
                    + "or the retention period changed. It stays until the daily list says it is due again.");
        }
        @SuppressWarnings("unchecked")
        List<Tuple> people = entityManager.createNativeQuery(PEOPLE_DUE + """
                select q.person_id, coalesce(d.all_finished and d.due_on <= :today, false) as due
                from (select r.victim_person_id as person_id from referral r where r.id = :id and r.victim_person_id is not null
                      union select x.person_id from referral_person x where x.referral_id = :id) q
                left join person_due d on d.person_id = q.person_id
                join person p on p.id = q.person_id and p.erased_at is null
                order by q.person_id""", Tuple.class).setParameter("today", today).setParameter("id", referralId).getResultList();
        List<UUID> deleted = people.stream().filter(t -> Boolean.TRUE.equals(t.get("due"))).map(t -> (UUID) t.get("person_id")).toList();
        List<UUID> kept = people.stream().filter(t -> !Boolean.TRUE.equals(t.get("due"))).map(t -> (UUID) t.get("person_id")).toList();
        Instant now = Instant.now(clock);
        eraseCase(referralId, now);
        for (UUID person : deleted) {
            erasePerson(person, now);
        }
        entityManager.createNativeQuery("update retention_due set erased_at = :now, erased_by = :by where referral_id = :id")
                .setParameter("now", now).setParameter("by", viewer.name()).setParameter("id", referralId).executeUpdate();
        audit.record("retention.erase", "referral", referralId.toString(), "people deleted: " + ids(deleted) + "; people kept (on other "
                + "cases not yet due): " + ids(kept));
        return new Erasure(referralId, reference, deleted, kept);
    }

    private static String ids(List<UUID> ids) {
        return ids.isEmpty() ? "none" : String.join(",", ids.stream().map(UUID::toString).toList());
    }

    private void eraseCase(UUID id, Instant now) {
        update("""
                update referral set incident_summary = null, answer_notes = '{}'::jsonb, draft = '{}'::jsonb,
                       answers = (select coalesce(jsonb_object_agg(a.key, a.value), '{}'::jsonb) from jsonb_each(answers) a
                                  where a.key in (:kept)),
                       professional_judgement_reasons = null, consent_reason = null, screen_out_reason = null, signposting = null,
                       return_question = null, return_answer = null, officer_name = null,
                       repeat_override_reason = case when repeat_override is null then null else :deleted end, erased_at = :now
                where id = :id""", id, q -> q.setParameter("kept", REPORTED_ANSWERS).setParameter("deleted", DELETED).setParameter("now", now));
        update("update referral_transition set reason = null where referral_id = :id", id, q -> { });
        update("delete from agenda_item_notes_conflict where agenda_item_id in (select i.id from agenda_item i where i.referral_id = :id)",
                id, q -> { });
        update("update agenda_item set notes = null, defer_reason = null, decision_reason = null where referral_id = :id", id, q -> { });
        update("""
                update case_research set summary = null, involvement = null, risks = null, children_details = null
                where agenda_item_id in (select i.id from agenda_item i where i.referral_id = :id)""", id, q -> { });
        update("update action set description = :deleted, not_done_reason = null where referral_id = :id", id,
                q -> q.setParameter("deleted", DELETED));
        update("update action_update set note = null where action_id in (select a.id from action a where a.referral_id = :id)", id, q -> { });
        update("update contact_entry set safety_planning = null, victim_risk_words = null where referral_id = :id", id, q -> { });
        update("""
                update contact_entry_correction set before = '{}'::jsonb
                where entry_id in (select e.id from contact_entry e where e.referral_id = :id)""", id, q -> { });
        update("update caseload_event set detail = null where entry_id in (select c.id from caseload_entry c where c.referral_id = :id)",
                id, q -> { });
        update("""
                update triage_call set caller_first_name = null, caller_last_name = null, caller_match_name = null,
                       caller_date_of_birth = null, caller_phone = null, answers = '{}'::jsonb
                where referral_id = :id""", id, q -> { });
    }

    private void erasePerson(UUID id, Instant now) {
        update("""
                update person set first_name = 'Deleted', last_name = 'under retention', aliases = null, address = null, town = null,
                       postcode = null, safe_phone = null, safe_email = null, safe_contact_notes = null, gender_identity = null,
                       ethnicity = null, disability = null, sexual_orientation = null, first_language = null,
                       match_name = 'deleted', erased_at = :now
                where id = :id""", id, q -> q.setParameter("now", now));
        update("delete from person_identity where person_id = :id", id, q -> { });
        duplicates.forget(id);
        update("delete from person_address where person_id = :id", id, q -> { });
        update("update referral_person set relationship = null where person_id = :id", id, q -> { });
        update("update person_merge set reason = :deleted, undo_reason = case when undo_reason is null then null else :deleted end "
                + "where survivor_id = :id or merged_id = :id", id, q -> q.setParameter("deleted", DELETED));
    }

    private void update(String sql, UUID id, java.util.function.Consumer<jakarta.persistence.Query> parameters) {
        jakarta.persistence.Query query = entityManager.createNativeQuery(sql).setParameter("id", id);
        parameters.accept(query);
        query.executeUpdate();
    }
}
