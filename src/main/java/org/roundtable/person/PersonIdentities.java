package org.roundtable.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The identities people were recorded under, and the blocking step of matching: the database picks out the few
 * identities that could be the same person (same or swapped date of birth, same-sounding names near the same birth
 * year, similar surname, same email, phone or postcode) with indexes, so no lookup reads every person.
 */
@ApplicationScoped
class PersonIdentities {

    static final int BLOCK_LIMIT = 500;

    @Inject
    EntityManager entityManager;

    void record(UUID personId, String source, String firstName, String lastName, LocalDate dateOfBirth, String email, String phone,
            String postcode, String town) {
        String first = Names.forMatching(firstName);
        String last = Names.forMatching(lastName);
        entityManager.createNativeQuery("""
                insert into person_identity (person_id, source, first_name, last_name, first_norm, last_norm, first_sound,
                    last_sound, date_of_birth, birth_year, email, phone, postcode, town_norm, recorded_at)
                values (:person, :source, :firstName, :lastName, cast(:first as varchar), cast(:last as varchar),
                    dmetaphone(cast(:first as varchar)), dmetaphone(cast(:last as varchar)), cast(:dob as date), cast(:year as integer),
                    cast(:email as varchar), cast(:phone as varchar), cast(:postcode as varchar), cast(:town as varchar), now())""")
                .setParameter("person", personId).setParameter("source", source)
                .setParameter("firstName", firstName == null ? null : firstName.trim())
                .setParameter("lastName", lastName == null ? null : lastName.trim())
                .setParameter("first", first).setParameter("last", last)
                .setParameter("dob", dateOfBirth == null ? null : Date.valueOf(dateOfBirth))
                .setParameter("year", dateOfBirth == null ? null : dateOfBirth.getYear())
                .setParameter("email", Contacts.email(email)).setParameter("phone", Contacts.phone(phone))
                .setParameter("postcode", Contacts.postcode(postcode))
                .setParameter("town", MatchQuery.blankToNull(Names.normalise(town)))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    List<IdentityRow> block(MatchQuery q) {
        LocalDate dob = q.dateOfBirth();
        LocalDate swapped = dob != null && dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()
                ? LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()) : null;
        List<Object[]> rows = entityManager.createNativeQuery("""
                with q as (select dmetaphone(cast(:first as varchar)) as fs, dmetaphone(cast(:last as varchar)) as ls)
                select i.person_id, i.source, i.first_name, i.last_name, i.first_norm, i.last_norm, i.date_of_birth, i.email,
                       i.phone, i.postcode, i.town_norm
                from person_identity i, q
                where i.date_of_birth = cast(:dob as date)
                   or i.date_of_birth = cast(:swapped as date)
                   or (i.last_sound = q.ls and i.first_sound = q.fs
                       and i.birth_year between coalesce(cast(:year as integer) - 1, -1) and coalesce(cast(:year as integer) + 1, 9999))
                   or (i.last_sound = q.fs and i.first_sound = q.ls
                       and i.birth_year between coalesce(cast(:year as integer) - 1, -1) and coalesce(cast(:year as integer) + 1, 9999))
                   or (i.birth_year is null and i.last_sound = q.ls and i.first_sound = q.fs)
                   or (i.last_norm % cast(:last as varchar)
                       and i.birth_year between coalesce(cast(:year as integer) - 1, -1) and coalesce(cast(:year as integer) + 1, 9999))
                   or i.email = cast(:email as varchar)
                   or i.phone = cast(:phone as varchar)
                   or (i.postcode = cast(:postcode as varchar) and i.first_sound = q.fs)
                limit""" + " " + BLOCK_LIMIT)
                .setParameter("first", q.firstNorm()).setParameter("last", q.lastNorm())
                .setParameter("dob", dob == null ? null : Date.valueOf(dob))
                .setParameter("swapped", swapped == null ? null : Date.valueOf(swapped))
                .setParameter("year", dob == null ? null : dob.getYear())
                .setParameter("email", q.emailNorm()).setParameter("phone", q.phoneNorm()).setParameter("postcode", q.postcodeNorm())
                .getResultList();
        return rows.stream().map(r -> new IdentityRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], toLocalDate(r[6]), (String) r[7], (String) r[8], (String) r[9],
                (String) r[10])).toList();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** How many people are recorded: the prior of a match is one among them. Large tables use the planner's estimate. */
    long people() {
        return ((Number) entityManager.createNativeQuery("""
                select case when c.reltuples < 100000 then (select count(*) from person) else c.reltuples::bigint end
                from pg_class c where c.relname = 'person' and c.relkind = 'r'""").getSingleResult()).longValue();
    }

    /** How common the entered names are: counted among all identities, and in the population reference list. */
    NameFrequencies frequencies(MatchQuery q) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select (select count(*) from person_identity),
                       (select count(*) from person_identity where first_norm = cast(:first as varchar)),
                       (select count(*) from person_identity where last_norm = cast(:last as varchar)),
                       (select count(*) from person_identity where first_norm = cast(:last as varchar)),
                       (select count(*) from person_identity where last_norm = cast(:first as varchar)),
                       (select frequency from name_frequency where name_part = 'FIRST' and name_norm = cast(:first as varchar)),
                       (select frequency from name_frequency where name_part = 'LAST' and name_norm = cast(:last as varchar)),
                       (select frequency from name_frequency where name_part = 'FIRST' and name_norm = cast(:last as varchar)),
                       (select frequency from name_frequency where name_part = 'LAST' and name_norm = cast(:first as varchar))""")
                .setParameter("first", q.firstNorm()).setParameter("last", q.lastNorm()).getSingleResult();
        return new NameFrequencies(count(row[0]), count(row[1]), count(row[2]), count(row[3]), count(row[4]), share(row[5]),
                share(row[6]), share(row[7]), share(row[8]));
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static double share(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
