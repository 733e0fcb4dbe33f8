package org.roundtable.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The next meeting each case is on the agenda of, for lists kept outside the conference pages (the advocates' caseload):
 * a meeting not yet ended, where the case is still to be heard (not deferred, not heard already).
 */
@ApplicationScoped
public class NextMeetings {

    @Inject
    EntityManager entityManager;

    @SuppressWarnings("unchecked")
    public Map<UUID, LocalDate> of(Collection<UUID> referralIds, Instant now) {
        Map<UUID, LocalDate> next = new HashMap<>();
        if (referralIds.isEmpty()) {
            return next;
        }
        java.util.List<Object[]> rows = entityManager.createNativeQuery("""
                select a.referral_id, min(m.starts_at) from agenda_item a join meeting m on m.id = a.meeting_id
                where a.referral_id in (:ids) and m.starts_at >= :now and m.ended_at is null
                  and a.status in ('PROPOSED', 'LISTED') group by a.referral_id""")
                .setParameter("ids", referralIds).setParameter("now", now).getResultList();
        for (Object[] row : rows) {
            Instant startsAt = row[1] instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) row[1];
            next.put((UUID) row[0], startsAt.atZone(ZoneId.of("Europe/London")).toLocalDate());
        }
        return next;
    }
}
