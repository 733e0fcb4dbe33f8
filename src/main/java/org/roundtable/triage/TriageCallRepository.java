package org.roundtable.triage;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class TriageCallRepository implements PanacheRepositoryBase<TriageCall, UUID> {

    /** Earlier calls to the same agency from a caller with the same normalised name and date of birth. */
    List<TriageCall> earlierCallsFrom(String agencyCode, String matchName, LocalDate dateOfBirth, UUID except) {
        return list("agencyCode = ?1 and callerMatchName = ?2 and callerDateOfBirth = ?3 and id <> ?4",
                Sort.descending("startedAt"), agencyCode, matchName, dateOfBirth, except);
    }

    List<TriageCall> recentBy(String handlerSubject, int limit) {
        return find("handlerSubject", Sort.descending("startedAt"), handlerSubject).page(0, limit).list();
    }

    String nextReference(int year) {
        Number number = (Number) getEntityManager().createNativeQuery("select nextval('triage_call_number')").getSingleResult();
        return String.format("CALL-%d-%06d", year, number.longValue());
    }
}
