package org.roundtable.referral;

import org.roundtable.access.Viewers;
import org.roundtable.access.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roundtable.access.CaseFacts;
import org.roundtable.access.CaseRules;
import org.roundtable.agency.ConferenceKind;

/**
 * Lists of cases that another feature chose by id (a report's drill-down), cut down to the cases the reader may see
 * under {@link CaseRules}. A line is the case's key and dates, never its content, so reading a list is audited
 * by the feature that asks for it, and opening a case is audited as always.
 */
@ApplicationScoped
public class CaseLists {

    /** One case of a list: no names, no case content. */
    public record CaseLine(UUID id, String reference, ConferenceKind kind, ReferralState state, String referringAgencyCode,
            Instant submittedAt) {
        /** The day it was referred, in London. */
        public java.time.LocalDate submittedOn() {
            return submittedAt == null ? null : submittedAt.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
        }
    }

    /** Enough ids for one query, few enough for PostgreSQL's parameter limit. */
    private static final int CHUNK = 5_000;

    @Inject
    EntityManager entityManager;

    @Inject
    Viewers viewers;

    /** The cases among {@code ids} that the current reader may see, in the order given. */
    @Transactional
    public List<CaseLine> visible(List<UUID> ids) {
        Viewer viewer = viewers.current();
        List<CaseLine> lines = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<UUID> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            Map<UUID, Object[]> rows = new HashMap<>();
            for (Object[] row : entityManager.createQuery("""
                    select r.id, r.kind, r.state, r.referringAgencyCode, r.authorSubject, r.reference, r.submittedAt
                    from Referral r where r.id in :ids""", Object[].class).setParameter("ids", chunk).getResultList()) {
                rows.put((UUID) row[0], row);
            }
            for (UUID id : chunk) {
                Object[] row = rows.get(id);
                if (row != null && CaseRules.canSee(new CaseFacts(id, (ConferenceKind) row[1], ((ReferralState) row[2]).accessStage(), (String) row[3],
                        (String) row[4]), viewer)) {
                    lines.add(new CaseLine(id, (String) row[5], (ConferenceKind) row[1], (ReferralState) row[2], (String) row[3],
                            (Instant) row[6]));
                }
            }
        }
        return lines;
    }
}
