package org.roundtable.agency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class AgencyRepository implements PanacheRepositoryBase<Agency, UUID> {

    List<Agency> allByName() {
        return listAll(Sort.ascending("name"));
    }

    Optional<Agency> findByShortCode(String shortCode) {
        return find("upper(shortCode) = ?1", shortCode.trim().toUpperCase()).firstResultOptional();
    }
}
