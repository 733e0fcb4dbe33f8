package org.roundtable.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The lookup benchmark at scale (bench/match-scale): fills the database with generated people, in PostgreSQL itself,
 * with a skewed (Zipf-like) spread of common UK surnames and first names, then times candidate lookups for
 * misspelt, swapped and mistyped versions of people in it. Never part of the test suite.
 */
@ApplicationScoped
public class MatchScale {

    private static final String[] SURNAMES = ("smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson "
            + "thompson wright walker white edwards hughes green hall lewis harris clarke patel jackson wood turner martin cooper hill "
            + "ward morris moore clark lee king baker harrison morgan allen james scott phillips watson davis parker price bennett young "
            + "griffiths mitchell kelly cook carter richardson bailey collins bell shaw murphy miller cox richards khan marshall anderson "
            + "simpson ellis adams singh begum wilkinson foster chapman powell webb rogers gray mason ali hussain campbell matthews owen "
            + "palmer holmes mills barnes knight lloyd butler russell barker fisher stevens jenkins murray dixon harvey").split(" ");
    private static final String[] FIRST = ("oliver jack harry jacob charlie thomas george oscar james william noah alfie joshua "
            + "muhammad henry leo archie ethan joseph freddie samuel daniel isaac max benjamin mason lucas edward adam olivia amelia "
            + "isla ava emily isabella mia poppy ella lily evie sophia sophie grace jessica freya charlotte daisy chloe alice ruby "
            + "sarah susan karen julie helen claire lisa jane mary margaret john david michael paul andrew peter robert mark").split(" ");

    public record Result(long people, int lookups, long p50Micros, long p95Micros, long p99Micros, double meanCandidates,
            long blockP99Micros, long frequenciesP99Micros) {
        public String report() {
            return String.format(Locale.ROOT, "people=%d lookups=%d mean_candidates=%.2f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f"
                    + " (parts, p99: blocking %.1f ms, name frequencies %.1f ms)", people, lookups, meanCandidates, p50Micros / 1000.0,
                    p95Micros / 1000.0, p99Micros / 1000.0, blockP99Micros / 1000.0, frequenciesP99Micros / 1000.0);
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    CandidateSearch candidates;

    @Inject
    PersonIdentities identities;

    /**
     * Adds people in batches until the database holds at least this many. Surnames get a numbered suffix beyond the
     * list's length (rank r of a Zipf draw), so the tail is long and rare, as real surnames are.
     */
    @ActivateRequestContext
    public void fill(long people) {
        long have = identities.people();
        while (have < people) {
            long batch = Math.min(200_000, people - have);
            insertBatch(batch);
            have += batch;
            System.out.println("people: " + have);
        }
        analyse();
    }

    @Transactional
    void insertBatch(long count) {
        String first = sqlArray(FIRST);
        String last = sqlArray(SURNAMES);
        entityManager.createNativeQuery(("""
                with drawn as (
                    select gen_random_uuid() as id,
                           (:first)[1 + floor(power(random(), 1.25) * cardinality(cast(:first as text[])))::int] as first_name,
                           case when random() < 0.5
                                then (:last)[1 + floor(power(random(), 1.3) * cardinality(cast(:last as text[])))::int]
                                else (:last)[1 + floor(random() * cardinality(cast(:last as text[])))::int]
                                     || chr(97 + floor(random() * 26)::int) || chr(97 + floor(random() * 26)::int)
                                     || chr(97 + floor(random() * 26)::int) end as last_name,
                           date '1935-01-01' + floor(random() * 27000)::int as dob
                    from generate_series(1, :count)),
                people as (
                    insert into person (id, first_name, last_name, date_of_birth, match_name, created_at, version)
                    select id, first_name, last_name, dob, first_name || '|' || last_name, now(), 0 from drawn returning id)
                insert into person_identity (person_id, source, first_name, last_name, first_norm, last_norm, first_sound, last_sound,
                    date_of_birth, birth_year, recorded_at)
                select id, 'record', first_name, last_name, first_name, last_name, dmetaphone(first_name), dmetaphone(last_name),
                       dob, extract(year from dob)::int, now() from drawn""").replace(":first", first).replace(":last", last))
                .setParameter("count", count).executeUpdate();
    }

    private static String sqlArray(String[] names) {
        return "(array['" + String.join("','", names) + "'])";
    }

    @Transactional
    void analyse() {
        entityManager.createNativeQuery("analyze person").executeUpdate();
        entityManager.createNativeQuery("analyze person_identity").executeUpdate();
    }

    @ActivateRequestContext
    public Result measure(int lookups) {
        Random random = new Random(7);
        List<Long> micros = new ArrayList<>();
        List<Long> blocking = new ArrayList<>();
        List<Long> frequencies = new ArrayList<>();
        long shown = 0;
        for (int i = 0; i < lookups; i++) {
            MatchQuery query = corrupted(sample(random), random);
            long start = System.nanoTime();
            shown += candidates.candidates(query).size();
            micros.add((System.nanoTime() - start) / 1000);
            blocking.add(timed(() -> identities.block(query)));
            frequencies.add(timed(() -> identities.population(query)));
        }
        System.out.println(explain(corrupted(sample(random), random)));
        micros.sort(null);
        blocking.sort(null);
        frequencies.sort(null);
        return new Result(identities.people(), lookups, MatchEvaluation.percentile(micros, 0.5),
                MatchEvaluation.percentile(micros, 0.95), MatchEvaluation.percentile(micros, 0.99), (double) shown / lookups,
                MatchEvaluation.percentile(blocking, 0.99), MatchEvaluation.percentile(frequencies, 0.99));
    }

    @Transactional
    MatchQuery sample(Random random) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select first_name, last_name, date_of_birth from person_identity
                where id >= (select min(id) from person_identity) + :offset order by id limit 1""")
                .setParameter("offset", (long) (random.nextDouble() * identities.people())).getSingleResult();
        LocalDate dob = row[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[2];
        return new MatchQuery((String) row[0], (String) row[1], dob, null, null, null, null);
    }

    private static MatchQuery corrupted(MatchQuery q, Random random) {
        String first = q.firstName();
        String last = q.lastName();
        LocalDate dob = q.dateOfBirth();
        switch (random.nextInt(5)) {
            case 0 -> last = last.length() > 3 ? last.substring(0, 2) + last.substring(3) : last;
            case 1 -> {
                String swap = first;
                first = last;
                last = swap;
            }
            case 2 -> dob = dob.getDayOfMonth() <= 12 ? LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()) : dob.plusDays(1);
            case 3 -> dob = dob.plusYears(1);
            default -> first = first.substring(0, 1).toUpperCase(Locale.ROOT) + first.substring(1);
        }
        return new MatchQuery(first, last, dob, null, null, null, null);
    }

    @Transactional
    String explain(MatchQuery query) {
        return query + "\n" + identities.explainBlock(query);
    }

    @Transactional
    long timed(Runnable part) {
        long start = System.nanoTime();
        part.run();
        return (System.nanoTime() - start) / 1000;
    }
}
