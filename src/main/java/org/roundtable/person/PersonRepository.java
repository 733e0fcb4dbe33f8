package org.roundtable.person;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    List<Person> exactMatches(String matchName, LocalDate dateOfBirth) {
        return list("matchName = ?1 and dateOfBirth = ?2 and mergedInto is null", matchName, dateOfBirth);
    }
}
