package org.roundtable.subjectaccess;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditService;
import org.roundtable.access.Viewer;
import org.roundtable.access.Viewers;
import org.roundtable.web.NotFoundProblem;

/**
 * A subject access request: everything Roundtable holds about one person, for a coordinator of a conference that
 * knows them. Their person records (and records merged into them), the referrals that name them with the answers,
 * meeting notes, actions, agencies' research, the advocates' contact log, triage calls and merges; who has looked at
 * or changed those records (from the audit log); and the other people the records mention, for the reviewer to
 * redact before disclosure. Every production is audited with the person's id, never their name.
 */
@ApplicationScoped
public class SubjectAccess {

    /** The sections, in the order of the PDF, with their headings. */
    static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put("person", "Person record");
        TITLES.put("mergedRecords", "Records merged into this person");
        TITLES.put("identities", "Names and details recorded over time");
        TITLES.put("addresses", "Earlier addresses");
        TITLES.put("referrals", "Referrals naming this person, with the answers");
        TITLES.put("transitions", "Changes of state of those referrals");
        TITLES.put("notes", "Meeting notes and decisions");
        TITLES.put("research", "Agencies' research");
        TITLES.put("actions", "Actions");
        TITLES.put("actionUpdates", "Updates to those actions");
        TITLES.put("contactLog", "Advocates' contact log");
        TITLES.put("triageCalls", "Triage calls");
        TITLES.put("merges", "Merges");
        TITLES.put("accessLog", "Who has looked at or changed these records");
    }

    public record Report(UUID personId, Instant producedAt, String producedBy, Map<String, List<Map<String, Object>>> sections,
            List<Mention> othersMentioned) {

        public int count(String section) {
            return sections.getOrDefault(section, List.of()).size();
        }
    }

    /** Someone else the records name: for the reviewer to redact. */
    public record Mention(String name, String role, String reference) {
    }

    public record Summary(UUID personId, String name, List<Count> counts, int othersMentioned) {
    }

    public record Count(String section, int entries) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Inject
    Viewers viewers;

    @Inject
    Clock clock;

    /** What an export would hold, counted per section, for the page; audited as a look at the person. */
    @Transactional
    public Summary summary(UUID personId) {
        Report report = build(personId);
        List<Count> counts = TITLES.entrySet().stream().map(e -> new Count(e.getValue(), report.count(e.getKey()))).toList();
        Map<String, Object> person = report.sections().get("person").get(0);
        audit.record("subject-access.view", "person", personId.toString(), "sections counted");
        return new Summary(personId, person.get("first_name") + " " + person.get("last_name"), counts, report.othersMentioned().size());
    }

    /** Everything held about the person; the export is audited with its format and section sizes. */
    @Transactional
    public Report export(UUID personId, String format) {
        Report report = build(personId);
        StringBuilder detail = new StringBuilder("format: " + format);
        report.sections().forEach((key, rows) -> detail.append("; ").append(key).append('=').append(rows.size()));
        detail.append("; othersMentioned=").append(report.othersMentioned().size());
        audit.record("subject-access.export", "person", personId.toString(), detail.toString());
        return report;
    }

    private Report build(UUID personId) {
        List<Map<String, Object>> person = rows("select * from person where id = :id", personId);
        if (person.isEmpty()) {
            throw new NotFoundProblem("No person " + personId);
        }
        person.forEach(row -> {
            row.remove("match_name");
            row.remove("version");
        });
        requireCoordinatorOf(personId);
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("person", person);
        sections.put("mergedRecords", rows("select id, first_name, last_name, aliases, date_of_birth, address, town, postcode, safe_phone, "
                + "safe_email, created_at from person where merged_into = :id", personId));
        // The people this one is: itself and the records merged into it.
        String people = "(select :id union select id from person where merged_into = :id)";
        String refs = "(select r.id from referral r where r.state <> 'DRAFT' and (r.victim_person_id in " + people
                + " or r.id in (select x.referral_id from referral_person x where x.person_id in " + people + ")))";
        sections.put("identities", rows("select source, first_name, last_name, date_of_birth, email, phone, postcode, recorded_at "
                + "from person_identity where person_id in " + people + " order by recorded_at", personId));
        sections.put("addresses", rows("select address, town, postcode, recorded_at from person_address where person_id in " + people
                + " order by recorded_at", personId));
        sections.put("referrals", rows("""
                select r.reference, r.conference_kind_code as conference, r.state,
                       case when r.victim_person_id in %1$s then 'VICTIM'
                            else (select string_agg(x.role, ',') from referral_person x where x.referral_id = r.id and x.person_id in %1$s) end as role,
                       (select string_agg(x.relationship, ',') from referral_person x where x.referral_id = r.id and x.person_id in %1$s) as relationship,
                       r.referring_agency_code as referring_agency, r.submitted_at, r.incident_on, r.incident_summary,
                       r.answers::text as answers, r.answer_notes::text as answer_notes, r.professional_judgement_reasons,
                       r.consent, r.consent_reason, r.screen_out_reason, r.signposting, r.return_question, r.return_answer,
                       r.repeat_override_reason
                from referral r where r.id in %2$s order by r.submitted_at""".formatted(people, refs), personId));
        sections.put("transitions", rows("select r.reference, t.from_state, t.to_state, t.occurred_at, t.actor_name, t.reason "
                + "from referral_transition t join referral r on r.id = t.referral_id where r.id in " + refs + " order by t.occurred_at", personId));
        sections.put("notes", rows("select r.reference, m.starts_at as meeting, i.status, i.notes, i.decision, i.decision_reason, "
                + "i.defer_reason from agenda_item i join referral r on r.id = i.referral_id join meeting m on m.id = i.meeting_id "
                + "where r.id in " + refs + " order by m.starts_at", personId));
        sections.put("research", rows("select r.reference, c.agency_code as agency, c.known, c.summary, c.involvement, c.risks, "
                + "c.children_details, c.updated_by, c.updated_at from case_research c join agenda_item i on i.id = c.agenda_item_id "
                + "join referral r on r.id = i.referral_id where r.id in " + refs + " order by c.updated_at", personId));
        sections.put("actions", rows("select a.case_reference as reference, a.owner_agency_code as agency, a.description, a.due_on, "
                + "a.status, a.not_done_reason, a.created_at, a.created_by from action a where a.referral_id in " + refs
                + " order by a.created_at", personId));
        sections.put("actionUpdates", rows("select a.case_reference as reference, u.at, u.by_name, u.status, u.note from action_update u "
                + "join action a on a.id = u.action_id where a.referral_id in " + refs + " order by u.at", personId));
        sections.put("contactLog", rows("select r.reference, e.occurred_at, e.method, e.outcome, e.safety_planning, e.services::text as services, "
                + "e.victim_risk_view, e.victim_risk_words, e.consent_to_share, e.author_name from contact_entry e "
                + "join referral r on r.id = e.referral_id where r.id in " + refs + " order by e.occurred_at", personId));
        sections.put("triageCalls", rows("select t.reference, t.started_at, t.caller_first_name, t.caller_last_name, t.caller_date_of_birth, "
                + "t.caller_phone, t.answers::text as answers, t.band, t.route from triage_call t where t.referral_id in " + refs
                + " order by t.started_at", personId));
        sections.put("merges", rows("select survivor_id, merged_id, reason, merged_at, merged_by, undone_at, undone_by, undo_reason "
                + "from person_merge where survivor_id in " + people + " or merged_id in " + people + " order by merged_at", personId));
        sections.put("accessLog", rows("""
                select e.occurred_at, e.actor_name, e.actor_agency, e.action, e.entity_type, e.entity_id
                from audit_event e
                where (e.entity_type = 'person' and e.entity_id in (select cast(p as text) from %1$s as q(p)))
                   or e.entity_id in (select cast(x as text) from %2$s as s(x))
                order by e.id""".formatted(people, refs), personId));
        List<Mention> mentions = new ArrayList<>();
        for (Map<String, Object> row : rows("""
                select trim(p.first_name || ' ' || p.last_name) as name, x.role, r.reference
                from referral_person x join person p on p.id = x.person_id join referral r on r.id = x.referral_id
                where r.id in %2$s and x.person_id not in %1$s
                union
                select trim(p.first_name || ' ' || p.last_name), 'VICTIM', r.reference
                from referral r join person p on p.id = r.victim_person_id
                where r.id in %2$s and r.victim_person_id not in %1$s
                union
                select r.officer_name, 'OFFICER', r.reference from referral r where r.id in %2$s and r.officer_name is not null
                order by 3, 2, 1""".formatted(people, refs), personId)) {
            mentions.add(new Mention((String) row.get("name"), (String) row.get("role"), (String) row.get("reference")));
        }
        return new Report(personId, Instant.now(clock), viewers.current().name(), sections, mentions);
    }

    private void requireCoordinatorOf(UUID personId) {
        Viewer viewer = viewers.current();
        @SuppressWarnings("unchecked")
        List<String> kinds = entityManager.createNativeQuery("""
                select distinct r.conference_kind_code from referral r
                where r.state <> 'DRAFT' and (r.victim_person_id = :id or r.id in (select x.referral_id from referral_person x where x.person_id = :id))""")
                .setParameter("id", personId).getResultList();
        if (kinds.stream().noneMatch(kind -> viewer.coordinates(ConferenceKind.valueOf(kind)))) {
            audit.recordRefusal("subject-access.denied", "person", personId.toString(), "not a coordinator of a conference that knows them");
            throw new ForbiddenException("Only a coordinator of a conference that knows this person can produce what is held about them");
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(String sql, UUID personId) {
        List<Tuple> tuples = entityManager.createNativeQuery(sql, Tuple.class).setParameter("id", personId).getResultList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Tuple tuple : tuples) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (TupleElement<?> element : tuple.getElements()) {
                row.put(element.getAlias(), plain(tuple.get(element)));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Dates and times as ISO text, so that the JSON and the PDF show the same thing. */
    private static Object plain(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof Instant || value instanceof UUID || value instanceof java.time.LocalDate) {
            return value.toString();
        }
        return value;
    }
}
