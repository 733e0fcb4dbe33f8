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

    List<String> codes() {
        return getEntityManager().createQuery("select distinct v.checklistCode from ChecklistVersion v order by 1", String.class)
                .getResultList();
    }
}
