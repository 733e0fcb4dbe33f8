package org.roundtable.referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;

@ApplicationScoped
class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    Optional<Referral> byReference(String reference) {
        return find("upper(reference) = ?1", reference.trim().toUpperCase()).firstResultOptional();
    }

    List<Referral> inStates(Collection<ConferenceKind> kinds, Collection<ReferralState> states) {
        return list("kind in ?1 and state in ?2", Sort.ascending("submittedAt", "createdAt"), kinds, states);
    }

    List<Referral> ofAgency(String agencyCode) {
        return list("referringAgencyCode = ?1", Sort.descending("updatedAt"), agencyCode);
    }

    List<Referral> aboutPeople(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                select distinct r from Referral r where r.victimPersonId in :ids or r.id in (
                  select l.referralId from ReferralPerson l where l.personId in :ids)""", Referral.class)
                .setParameter("ids", personIds).getResultList();
    }
}
