package org.roundtable.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.checklist.RepeatAnchor;
import org.roundtable.checklist.SettingsService;
import org.roundtable.checklist.SettingsView;

/**
 * Applies {@link RepeatRule} to stored referrals: reads each victim's submitted referrals of a kind in one query, and
 * keeps on every referral what the rule found. A coordinator's answer is kept beside it, never overwritten.
 */
@ApplicationScoped
public class Repeats {

    static final java.time.ZoneId LONDON = RepeatRule.LONDON;

    /** Which referrals' flags changed (the rule's answer went from no to yes, or yes to no). */
    public record Changes(List<UUID> set, List<UUID> cleared) {

        static final Changes NONE = new Changes(List.of(), List.of());

        Changes plus(Changes other) {
            return new Changes(concat(set, other.set), concat(cleared, other.cleared));
        }

        public int count() {
            return set.size() + cleared.size();
        }

        private static List<UUID> concat(List<UUID> a, List<UUID> b) {
            List<UUID> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }

    /** A stored referral: what the rule reads, and what it found last time. */
    private record Stored(RepeatRule.Facts facts, UUID victimId, UUID repeatOf, LocalDate anchoredOn, RepeatAnchor anchor) {
    }

    private static final String STORED = """
            select r.id, r.reference, r.state, r.submitted_at, r.incident_on,
                   (select string_agg(distinct to_char(t.occurred_at at time zone 'Europe/London', 'YYYY-MM-DD'), ',')
                      from referral_transition t where t.referral_id = r.id and t.to_state = 'HEARD') as hearings,
                   (select string_agg(l.person_id::text, ',') from referral_person l
                      where l.referral_id = r.id and l.role = 'PERPETRATOR') as perpetrators,
                   r.victim_person_id, r.repeat_of_referral_id, r.repeat_anchored_on, r.repeat_anchor
            from referral r
            where r.submitted_at is not null and r.victim_person_id is not null and r.conference_kind_code = :kind""";

    @Inject
    EntityManager entityManager;

    @Inject
    SettingsService settings;

    /** What the rule says of a referral about to be submitted, from the people its draft names. */
    Optional<RepeatRule.Match> wouldRepeat(ConferenceKind kind, UUID referralId, UUID victimId, Instant submittedAt, LocalDate incidentOn,
            Set<UUID> perpetrators) {
        if (victimId == null) {
            return Optional.empty();
        }
        List<Stored> earlier = stored(kind, List.of(victimId));
        RepeatRule.Facts facts = new RepeatRule.Facts(referralId, null, ReferralState.SUBMITTED, submittedAt, incidentOn, List.of(),
                perpetrators);
        return RepeatRule.repeatOf(facts, earlier.stream().map(Stored::facts).toList(), rule(kind));
    }

    /** Works out again every submitted referral about these victims, of every kind: after a submit, a link or a state change. */
    Changes recomputeVictims(Collection<UUID> victimIds) {
        List<UUID> victims = victimIds.stream().filter(Objects::nonNull).distinct().toList();
        Changes changes = Changes.NONE;
        if (victims.isEmpty()) {
            return changes;
        }
        entityManager.flush();
        for (ConferenceKind kind : ConferenceKind.values()) {
            changes = changes.plus(apply(stored(kind, victims), rule(kind)));
        }
        return changes;
    }

    /** Works out again every submitted referral of a kind: after its rule changed. */
    public Changes recomputeKind(ConferenceKind kind) {
        entityManager.flush();
        return apply(stored(kind, null), rule(kind));
    }

    private Changes apply(List<Stored> all, RepeatRule.Settings rule) {
        List<UUID> set = new ArrayList<>();
        List<UUID> cleared = new ArrayList<>();
        Map<UUID, List<Stored>> byVictim = all.stream().collect(Collectors.groupingBy(Stored::victimId));
        for (List<Stored> sameVictim : byVictim.values()) {
            List<RepeatRule.Facts> facts = sameVictim.stream().map(Stored::facts).toList();
            for (Stored referral : sameVictim) {
                Optional<RepeatRule.Match> match = RepeatRule.repeatOf(referral.facts(), facts, rule);
                UUID repeatOf = match.map(RepeatRule.Match::earlierId).orElse(null);
                LocalDate anchoredOn = match.map(RepeatRule.Match::anchoredOn).orElse(null);
                RepeatAnchor anchor = match.map(RepeatRule.Match::anchor).orElse(null);
                if (Objects.equals(repeatOf, referral.repeatOf()) && Objects.equals(anchoredOn, referral.anchoredOn())
                        && anchor == referral.anchor()) {
                    continue;
                }
                Referral entity = entityManager.find(Referral.class, referral.facts().id());
                entity.repeatOfReferralId = repeatOf;
                entity.repeatAnchoredOn = anchoredOn;
                entity.repeatAnchor = anchor;
                if (referral.repeatOf() == null && repeatOf != null) {
                    set.add(entity.id);
                } else if (referral.repeatOf() != null && repeatOf == null) {
                    cleared.add(entity.id);
                }
            }
        }
        entityManager.flush();
        return new Changes(set, cleared);
    }

    private RepeatRule.Settings rule(ConferenceKind kind) {
        SettingsView setting = settings.get(kind);
        return new RepeatRule.Settings(setting.repeatWindowMonths(), setting.repeatAnchor(), setting.repeatSamePerpetrator());
    }

    /** The submitted referrals of a kind, about these victims (null: every victim). */
    private List<Stored> stored(ConferenceKind kind, List<UUID> victims) {
        var query = entityManager.createNativeQuery(victims == null ? STORED : STORED + " and r.victim_person_id in (:victims)")
                .setParameter("kind", kind.name());
        if (victims != null) {
            query.setParameter("victims", victims);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Stored> stored = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            RepeatRule.Facts facts = new RepeatRule.Facts((UUID) row[0], (String) row[1], ReferralState.valueOf((String) row[2]),
                    instant(row[3]), date(row[4]), split((String) row[5]).stream().map(LocalDate::parse).toList(),
                    split((String) row[6]).stream().map(UUID::fromString).collect(Collectors.toSet()));
            stored.add(new Stored(facts, (UUID) row[7], (UUID) row[8], date(row[9]),
                    row[10] == null ? null : RepeatAnchor.valueOf((String) row[10])));
        }
        return stored;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
