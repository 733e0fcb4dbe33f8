package org.roundtable.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The identities people were recorded under, and the blocking step of matching: the database picks out the few
 * identities that could be the same person (same or swapped date of birth, same-sounding names near the same birth
 * year, similar surname, a same-sounding name with a date of birth one slip away, a similar full name where no
 * date of birth was recorded, same email or its part before the @, phone or postcode)
 * with indexes, so no lookup reads every person.
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

    /** Distinct live people with a recorded name starting with these normalised letters (prefix index, V45). */
    @SuppressWarnings("unchecked")
    List<UUID> namedLike(String firstPrefix, String lastPrefix, LocalDate dateOfBirth, int limit) {
        return entityManager.createNativeQuery("""
                select distinct i.person_id from person_identity i join person p on p.id = i.person_id and p.merged_into is null
                where i.last_norm like cast(:last as varchar)
                  and (cast(:first as varchar) is null or i.first_norm like cast(:first as varchar))
                  and (cast(:dob as date) is null or i.date_of_birth = cast(:dob as date))
                limit :limit""")
                .setParameter("last", lastPrefix + "%")
                .setParameter("first", firstPrefix.isEmpty() ? null : firstPrefix + "%")
                .setParameter("dob", dateOfBirth == null ? null : Date.valueOf(dateOfBirth))
                .setParameter("limit", limit)
                .getResultList().stream().map(id -> id instanceof UUID u ? u : UUID.fromString(id.toString())).toList();
    }

    /**
     * One blocking rule: its name (as bench/match-eval reports it), the condition the blocking query uses, and the same
     * condition on one identity (for measuring which rules let a true match through; a sub-query's rule differs).
     */
    record BlockRule(String name, String block, String test, boolean onlyWithoutSurname) {
        BlockRule(String name, String condition) {
            this(name, condition, condition, false);
        }

        BlockRule(String name, String block, String test) {
            this(name, block, test, false);
        }

        /** A rule the blocking query holds only when the entry has no surname; its test says so itself. */
        static BlockRule withoutSurname(String name, String condition) {
            return new BlockRule(name, condition, "(cast(:ls as varchar) is null and " + condition + ")", true);
        }
    }

    /**
     * A same-sounding name (in order or swapped) born on a date one slip away. Written as a join from each date, so that
     * each date is one descent of the (sound, date of birth) btree (V26): as one condition of the OR, the planner
     * preferred a bitmap AND of the date and surname-sound indexes, which reads every identity of a common surname
     * sound (9 ms at a million people, against 0.4 ms).
     */
    private static BlockRule slipRule(String name, String soundColumn) {
        return new BlockRule(name, """
                i.id = any(array(
                   select s.id from unnest(cast(:slips as date[])) as slip(day)
                   join person_identity s on s.date_of_birth = slip.day and s.%1$s = any(cast(:sounds as varchar[]))))"""
                .formatted(soundColumn),
                "(i.%1$s = any(cast(:sounds as varchar[])) and i.date_of_birth = any(cast(:slips as date[])))".formatted(soundColumn));
    }

    /**
     * The earlier record has no date of birth and one of its names sounds as entered, the other does not (a typo that
     * changed the sound, a nickname, a new surname): its full name must then be trigram-similar to the entry's. Each
     * branch is an index-only scan of V47's partial btree, which holds the names, so the similarity is tested without
     * reading the table, on the identities without a date of birth that share one sound.
     */
    private static final String NO_DOB_SIMILAR_FULL_NAME = """
            i.id = any(array(
               select s.id from person_identity s
               where s.birth_year is null and s.last_sound = cast(:ls as varchar)
                 and concat_ws(' ', s.first_norm, s.last_norm) % cast(:full as varchar)
               union all
               select s.id from person_identity s
               where s.birth_year is null and s.first_sound = cast(nullif(:fs, '') as varchar)
                 and concat_ws(' ', s.first_norm, s.last_norm) % cast(:full as varchar)))""";

    private static final String YEAR_NEAR = "i.birth_year between coalesce(cast(:year as integer) - 1, -1) and coalesce(cast(:year as integer) + 1, 9999)";

    static final List<BlockRule> RULES = List.of(
            new BlockRule("same date of birth", "i.date_of_birth = cast(:dob as date)"),
            new BlockRule("date of birth day and month swapped", "i.date_of_birth = cast(:swapped as date)"),
            new BlockRule("name sounds, birth year within one",
                    "(i.last_sound = cast(:ls as varchar) and i.first_sound = cast(:fs as varchar) and " + YEAR_NEAR + ")"),
            new BlockRule("name sounds swapped, birth year within one",
                    "(i.last_sound = cast(:fs as varchar) and i.first_sound = cast(:ls as varchar) and " + YEAR_NEAR + ")"),
            new BlockRule("name sounds, no date of birth recorded",
                    "(i.last_sound = cast(:ls as varchar) and i.first_sound = cast(:fs as varchar) and i.birth_year is null)"),
            new BlockRule("similar surname, same birth year and first-name sound", """
                    i.id = any(array(
                       select s.id from person_identity s
                       where s.birth_year = cast(:year as integer) and s.first_sound = cast(:fs as varchar)
                         and s.last_norm % cast(:last as varchar)))""",
                    "(i.birth_year = cast(:year as integer) and i.first_sound = cast(:fs as varchar) and i.last_norm % cast(:last as varchar))"),
            slipRule("surname sound, date of birth one slip", "last_sound"),
            slipRule("first-name sound, date of birth one slip", "first_sound"),
            new BlockRule("one name sound and a similar full name, no date of birth recorded", NO_DOB_SIMILAR_FULL_NAME,
                    "(i.birth_year is null and (i.last_sound = cast(:ls as varchar) or i.first_sound = cast(nullif(:fs, '') as varchar))"
                            + " and concat_ws(' ', i.first_norm, i.last_norm) % cast(:full as varchar))"),
            new BlockRule("surname sound, town and birth year",
                    "(i.last_sound = cast(:ls as varchar) and i.town_norm = cast(:town as varchar) and i.birth_year = cast(:year as integer))"),
            // Only when the surname is not known (a first name standing in for it, LookupRule): with a surname, the
            // surname's own branch does this work, and a common first name in a big town adds a hundred strangers to
            // score at millions of people.
            BlockRule.withoutSurname("first-name sound, town and birth year, surname not known",
                    "(i.first_sound = cast(:fs as varchar) and i.town_norm = cast(:town as varchar) and i.birth_year = cast(:year as integer))"),
            new BlockRule("same email", "i.email = cast(:email as varchar)"),
            new BlockRule("same email before the @", "split_part(i.email, '@', 1) = cast(:emailLocal as varchar)"),
            new BlockRule("same phone", "i.phone = cast(:phone as varchar)"),
            new BlockRule("same postcode and first-name sound",
                    "(i.postcode = cast(:postcode as varchar) and i.first_sound = cast(:fs as varchar))"));

    private static final String BLOCK_SQL = blockSql(false);
    private static final String BLOCK_SQL_SURNAME_NOT_KNOWN = blockSql(true);

    private static String blockSql(boolean surnameNotKnown) {
        return """
                select i.person_id, i.source, i.first_name, i.last_name, i.first_norm, i.last_norm, i.date_of_birth, i.email,
                       i.phone, i.postcode, i.town_norm
                from person_identity i
                where\s""" + String.join("\n   or ", RULES.stream().filter(r -> surnameNotKnown || !r.onlyWithoutSurname())
                .map(BlockRule::block).toList()) + "\nlimit " + BLOCK_LIMIT;
    }

    private static String blockSql(MatchQuery q) {
        return q.lastNorm() == null ? BLOCK_SQL_SURNAME_NOT_KNOWN : BLOCK_SQL;
    }

    /** Which blocking rules, each alone, let one of the person's identities through for this entry (bench/match-eval). */
    List<String> rulesLettingThrough(MatchQuery q, UUID personId) {
        String sql = "select " + String.join(", ", RULES.stream().map(r -> "coalesce(bool_or(" + r.test() + "), false)").toList())
                + " from person_identity i where i.person_id = cast(:person as uuid)";
        Object[] row = (Object[]) blockQuery(sql, q).setParameter("person", personId).getSingleResult();
        List<String> through = new java.util.ArrayList<>();
        for (int r = 0; r < RULES.size(); r++) {
            if (Boolean.TRUE.equals(row[r])) {
                through.add(RULES.get(r).name());
            }
        }
        return through;
    }

    /**
     * Binds the blocking query's parameters. The name sounds are computed first so that every branch compares a
     * column with a constant: the planner then answers each branch from its index and combines them (a bitmap OR)
     * instead of reading the table. The similar-surname branch is a sub-query run once before the rest: an
     * index-only scan of the few thousand identities born that year with that first-name sound, keeping those whose
     * surname is trigram-similar (V11), whose ids then join the bitmap OR through the primary key. As a plain
     * condition it could only join the OR through a GIN index, which reads long posting lists at scale.
     */
    private jakarta.persistence.Query blockQuery(String sql, MatchQuery q) {
        LocalDate dob = q.dateOfBirth();
        LocalDate swapped = dob != null && dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()
                ? LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()) : null;
        Object[] sounds = (Object[]) entityManager.createNativeQuery(
                "select dmetaphone(cast(:first as varchar)), dmetaphone(cast(:last as varchar))")
                .setParameter("first", q.firstNorm()).setParameter("last", q.lastNorm()).getSingleResult();
        return entityManager.createNativeQuery(sql)
                .setParameter("fs", sounds[0]).setParameter("ls", sounds[1]).setParameter("last", q.lastNorm())
                .setParameter("dob", dob == null ? null : Date.valueOf(dob))
                .setParameter("swapped", swapped == null ? null : Date.valueOf(swapped))
                .setParameter("year", dob == null ? null : dob.getYear())
                .setParameter("email", q.emailNorm()).setParameter("phone", q.phoneNorm()).setParameter("postcode", q.postcodeNorm())
                .setParameter("town", q.townNorm())
                .setParameter("sounds", sqlArray(java.util.stream.Stream.of(sounds[0], sounds[1]).filter(java.util.Objects::nonNull)
                        .map(Object::toString).filter(sound -> !sound.isEmpty()).distinct().toList()))
                .setParameter("slips", sqlArray(DateSlips.of(dob).stream().map(LocalDate::toString).toList()))
                .setParameter("full", MatchQuery.blankToNull(String.join(" ", java.util.stream.Stream.of(q.firstNorm(), q.lastNorm())
                        .filter(java.util.Objects::nonNull).toList())))
                .setParameter("emailLocal", Contacts.emailLocalPart(q.emailNorm()));
    }

    /** A PostgreSQL array literal of plain values (name sounds and ISO dates need no quoting; a name like "H" has no sound). */
    private static String sqlArray(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    /** The plan of the blocking query for an entry, with timings (for bench/match-scale). */
    @SuppressWarnings("unchecked")
    String explainBlock(MatchQuery q) {
        List<Object> lines = blockQuery("explain (analyze, buffers) " + blockSql(q), q).getResultList();
        return String.join("\n", lines.stream().map(Object::toString).toList());
    }

    @SuppressWarnings("unchecked")
    List<IdentityRow> block(MatchQuery q) {
        List<Object[]> rows = blockQuery(blockSql(q), q).getResultList();
        return rows.stream().map(PersonIdentities::identityRow).toList();
    }

    /** Identities picked at random (for estimating the matching model: a full read, never on a lookup's path). */
    @SuppressWarnings("unchecked")
    List<IdentityRow> sample(int count) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select person_id, source, first_name, last_name, first_norm, last_norm, date_of_birth, email, phone, postcode, town_norm
                from person_identity order by random() limit :count""").setParameter("count", count).getResultList();
        return rows.stream().map(PersonIdentities::identityRow).toList();
    }

    /** How many identities are recorded (counted while few, estimated once many). */
    long identities() {
        return ((Number) entityManager.createNativeQuery("select " + rowsOf("person_identity")).setParameter("above", ESTIMATE_ABOVE)
                .getSingleResult()).longValue();
    }

    private static IdentityRow identityRow(Object[] r) {
        return new IdentityRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], toLocalDate(r[6]),
                (String) r[7], (String) r[8], (String) r[9], (String) r[10]);
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** Above this many rows, counts come from the planner's statistics (kept fresh by autovacuum's analyse). */
    static final long ESTIMATE_ABOVE = 100_000;
    private static final long STATISTICS_MAX_AGE_MILLIS = 10 * 60 * 1000;

    private volatile CommonNames commonNames;

    /** The commonest normalised names and their shares, from pg_stats; names not listed are rarer than all of them. */
    private record CommonNames(Map<String, Double> first, Map<String, Double> last, long readAt) {
    }

    /** How many people are recorded: the prior of a match is one among them. */
    long people() {
        return ((Number) entityManager.createNativeQuery("select " + rowsOf("person")).setParameter("above", ESTIMATE_ABOVE)
                .getSingleResult()).longValue();
    }

    /** The rows of a table: counted while small, the planner's estimate once large (counting millions takes seconds). */
    private static String rowsOf(String table) {
        return """
                (select case when c.reltuples < :above then (select count(*) from %1$s) else c.reltuples::bigint end
                 from pg_class c where c.relname = '%1$s' and c.relkind = 'r')""".formatted(table);
    }

    /** What scoring weighs the identities against: how many people are recorded, and how common the entered names are. */
    record Population(long people, NameFrequencies names) {
    }

    /**
     * How many people are recorded, and how common the entered names are: among recorded identities (counted while
     * the table is small, from the planner's most-common-values statistics when large), and in the population
     * reference list. The sizes and the reference list come in one round trip: a lookup waits for each.
     */
    Population population(MatchQuery q) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select %s, %s,
                       (select frequency from name_frequency where name_part = 'FIRST' and name_norm = cast(:first as varchar)),
                       (select frequency from name_frequency where name_part = 'LAST' and name_norm = cast(:last as varchar)),
                       (select frequency from name_frequency where name_part = 'FIRST' and name_norm = cast(:last as varchar)),
                       (select frequency from name_frequency where name_part = 'LAST' and name_norm = cast(:first as varchar))"""
                .formatted(rowsOf("person"), rowsOf("person_identity")))
                .setParameter("above", ESTIMATE_ABOVE).setParameter("first", q.firstNorm()).setParameter("last", q.lastNorm())
                .getSingleResult();
        long people = count(row[0]);
        long total = count(row[1]);
        long[] counts;
        if (total < ESTIMATE_ABOVE) {
            Object[] counted = (Object[]) entityManager.createNativeQuery("""
                    select (select count(*) from person_identity where first_norm = cast(:first as varchar)),
                           (select count(*) from person_identity where last_norm = cast(:last as varchar)),
                           (select count(*) from person_identity where first_norm = cast(:last as varchar)),
                           (select count(*) from person_identity where last_norm = cast(:first as varchar))""")
                    .setParameter("first", q.firstNorm()).setParameter("last", q.lastNorm()).getSingleResult();
            counts = new long[] { count(counted[0]), count(counted[1]), count(counted[2]), count(counted[3]) };
        } else {
            CommonNames common = commonNames();
            counts = new long[] { estimate(common.first(), q.firstNorm(), total), estimate(common.last(), q.lastNorm(), total),
                    estimate(common.first(), q.lastNorm(), total), estimate(common.last(), q.firstNorm(), total) };
        }
        return new Population(people, new NameFrequencies(total, counts[0], counts[1], counts[2], counts[3], share(row[2]),
                share(row[3]), share(row[4]), share(row[5])));
    }

    private static long estimate(Map<String, Double> common, String name, long total) {
        return name == null ? 0 : Math.round(common.getOrDefault(name, 0.0) * total);
    }

    private CommonNames commonNames() {
        CommonNames current = commonNames;
        if (current == null || System.currentTimeMillis() - current.readAt() > STATISTICS_MAX_AGE_MILLIS) {
            current = new CommonNames(mostCommon("first_norm"), mostCommon("last_norm"), System.currentTimeMillis());
            commonNames = current;
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Double> mostCommon(String column) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select v.value, v.freq from pg_stats s,
                     unnest(cast(cast(s.most_common_vals as text) as text[]), s.most_common_freqs) as v(value, freq)
                where s.tablename = 'person_identity' and s.attname = :column""").setParameter("column", column).getResultList();
        Map<String, Double> shares = new java.util.HashMap<>();
        rows.forEach(r -> shares.put((String) r[0], ((Number) r[1]).doubleValue()));
        return shares;
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static double share(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
