package org.roundtable.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundtable.agency.AgencyNames;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditService;
import org.roundtable.access.Viewer;
import org.roundtable.access.Viewers;
import org.roundtable.web.Clocks;

/**
 * Person-match lookups seen from the other side: the coordinators' list of lookups that found their cases' people from
 * outside their conference, and the auditor's list of users who made more lookups in a day than
 * {@code roundtable.lookups.daily-limit} (default 200).
 */
@ApplicationScoped
public class PersonLookups {

    /** Lookups counted from the audit log: those that looked and those the entry rule refused. */
    static final List<String> LOOKUP_ACTIONS = List.of("person.match", "person.match.refused");

    static final int LIST_LIMIT = 500;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Inject
    Viewers viewers;

    @Inject
    AgencyNames agencyNames;

    @Inject
    java.time.Clock clock;

    @ConfigProperty(name = "roundtable.lookups.daily-limit", defaultValue = "200")
    int dailyLimit;

    /** One lookup by someone outside these kinds found this person; written in the lookup's transaction. */
    public void recordLookupFromOtherConferences(UUID personId, List<ConferenceKind> kinds, Viewer asker) {
        for (ConferenceKind kind : kinds) {
            entityManager.createNativeQuery("""
                    insert into person_lookup (person_id, conference_kind_code, looked_at, asker_subject, asker_name, asker_agency)
                    values (:person, :kind, :at, :subject, :name, :agency)""")
                    .setParameter("person", personId).setParameter("kind", kind.name()).setParameter("at", Instant.now(clock))
                    .setParameter("subject", asker.subject()).setParameter("name", asker.name())
                    .setParameter("agency", asker.agencyCode() == null ? null : asker.agencyCode().toUpperCase(java.util.Locale.ROOT))
                    .executeUpdate();
        }
    }

    /** A lookup from another conference, as its coordinators see it: who asked, from which agency, when, about which case. */
    public record LookupFromElsewhere(Instant lookedAt, String askerName, String askerAgency, ConferenceKind kind, UUID personId,
            String personName, String references) {
    }

    /** The lookups of the current coordinator's kinds, newest first; the read is audited with the people it names. */
    @Transactional
    public List<LookupFromElsewhere> fromOtherConferences() {
        Viewer viewer = viewers.current();
        Set<ConferenceKind> kinds = EnumSet.noneOf(ConferenceKind.class);
        for (ConferenceKind kind : ConferenceKind.values()) {
            if (viewer.coordinates(kind)) {
                kinds.add(kind);
            }
        }
        if (kinds.isEmpty()) {
            audit.record("person.lookups.view", "person", null, "kinds: none; rows: 0");
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                select l.looked_at as looked_at, l.asker_name as asker_name, l.asker_agency as asker_agency,
                       l.conference_kind_code as kind, l.person_id as person_id,
                       trim(p.first_name || ' ' || p.last_name) as person_name,
                       (select string_agg(r.reference, ', ' order by r.reference) from referral r
                        where r.conference_kind_code = l.conference_kind_code and r.state <> 'DRAFT'
                          and (r.victim_person_id = l.person_id
                               or r.id in (select x.referral_id from referral_person x where x.person_id = l.person_id))) as refs
                from person_lookup l join person p on p.id = l.person_id
                where l.conference_kind_code in (:kinds)
                order by l.looked_at desc, l.id desc
                limit :limit""", Tuple.class)
                .setParameter("kinds", kinds.stream().map(Enum::name).toList()).setParameter("limit", LIST_LIMIT).getResultList();
        List<LookupFromElsewhere> lookups = rows.stream().map(t -> new LookupFromElsewhere(instant(t.get("looked_at")),
                (String) t.get("asker_name"), agencyNames.nameOf((String) t.get("asker_agency")),
                ConferenceKind.valueOf((String) t.get("kind")), (UUID) t.get("person_id"), (String) t.get("person_name"),
                (String) t.get("refs"))).toList();
        audit.record("person.lookups.view", "person", null, "kinds: " + kinds + "; rows: " + lookups.size() + "; people: "
                + String.join(",", lookups.stream().map(l -> l.personId().toString()).distinct().toList()));
        return lookups;
    }

    /** A user who made more lookups in one day (Europe/London) than the limit. */
    public record UnusualDay(LocalDate day, String subject, String name, String agency, long lookups) {
    }

    public int dailyLimit() {
        return dailyLimit;
    }

    /** The last 90 days' users over the configured daily limit, newest day first. */
    @Transactional
    public List<UnusualDay> unusualActivity() {
        return unusualActivity(dailyLimit, Clocks.today(clock).minusDays(90));
    }

    /** Users with more than {@code limit} lookups on a day since {@code since}; the read is audited. */
    @Transactional
    public List<UnusualDay> unusualActivity(int limit, LocalDate since) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                select (occurred_at at time zone 'Europe/London')::date as day, actor_subject as subject,
                       max(actor_name) as name, max(actor_agency) as agency, count(*) as lookups
                from audit_event
                where action in (:actions) and occurred_at >= :since
                group by 1, 2
                having count(*) > :limit
                order by 1 desc, 5 desc""", Tuple.class)
                .setParameter("actions", LOOKUP_ACTIONS)
                .setParameter("since", since.atStartOfDay(Clocks.LONDON).toInstant())
                .setParameter("limit", limit).getResultList();
        List<UnusualDay> days = rows.stream().map(t -> new UnusualDay(org.roundtable.report.outcomes.SqlValues.date(t.get("day")),
                (String) t.get("subject"), (String) t.get("name"), agencyNames.nameOf((String) t.get("agency")),
                ((Number) t.get("lookups")).longValue())).toList();
        audit.record("audit.unusual-activity.view", "audit-log", null, "daily limit: " + limit + "; since: " + since + "; rows: " + days.size());
        return days;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return (Instant) value;
    }
}
