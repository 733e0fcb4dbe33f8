package org.roundtable.user;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class AppUserRepository implements PanacheRepositoryBase<AppUser, String> {

    List<AppUser> allByName() {
        return listAll(Sort.ascending("displayName"));
    }
}
