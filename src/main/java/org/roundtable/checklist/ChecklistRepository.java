package org.roundtable.checklist;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ChecklistRepository implements PanacheRepositoryBase<ChecklistVersion, UUID> {

    Optional<ChecklistVersion> current(String code) {
        return find("checklistCode = ?1", Sort.descending("version"), code).firstResultOptional();
    }

    Optional<ChecklistVersion> version(String code, int version) {
        return find("checklistCode = ?1 and version = ?2", code, version).firstResultOptional();
    }

    List<ChecklistVersion> history(String code) {
        return list("checklistCode = ?1", Sort.descending("version"), code);
    }

    /**
     * The id of the version a conference kind uses for a purpose now: the newest version of the first such checklist
     * code. One indexed query (V49) that reads no definition.
     */
    Optional<UUID> currentIdFor(org.roundtable.agency.ConferenceKind kind, ChecklistPurpose purpose) {
        return getEntityManager().createQuery("""
                select v.id from ChecklistVersion v where v.conferenceKind = ?1 and v.purpose = ?2
                order by v.checklistCode, v.version desc""", UUID.class)
                .setParameter(1, kind).setParameter(2, purpose).setMaxResults(1).getResultStream().findFirst();
    }

    Optional<UUID> versionId(String code, int version) {
        return getEntityManager().createQuery("select v.id from ChecklistVersion v where v.checklistCode = ?1 and v.version = ?2",
                UUID.class).setParameter(1, code).setParameter(2, version).getResultStream().findFirst();
    }

    List<String> codes() {
        return getEntityManager().createQuery("select distinct v.checklistCode from ChecklistVersion v order by 1", String.class)
                .getResultList();
    }
}
