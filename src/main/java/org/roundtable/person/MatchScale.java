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
 * misspelt, swapped and mistyped versions of people in it, optionally after unmeasured warm-up lookups. Never part of the
 * test suite.
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
    /** Towns as intake normalises them, the biggest first: drawn skewed, so that London holds about an eighth of everyone (as in the UK). */
    private static final String[] TOWNS = ("london birmingham manchester leeds glasgow liverpool bristol sheffield newcastle "
            + "nottingham leicester cardiff edinburgh coventry bradford hull stoke plymouth wolverhampton derby swansea southampton "
            + "salford aberdeen portsmouth york peterborough dundee lancaster oxford newport preston cambridge norwich chester "
            + "brighton exeter sunderland ipswich reading luton swindon dudley bolton milton keynes northampton blackpool").split(" ");

    public record Result(long people, int lookups, int warmUp, long p50Micros, long p95Micros, long p99Micros, double meanCandidates,
            long blockP99Micros, long frequenciesP99Micros) {
        public String report() {
            return String.format(Locale.ROOT, "people=%d lookups=%d (after %d unmeasured) mean_candidates=%.2f p50_ms=%.1f p95_ms=%.1f"
                    + " p99_ms=%.1f (parts, p99: blocking %.1f ms, people count and name frequencies %.1f ms)", people, lookups, warmUp,
                    meanCandidates, p50Micros / 1000.0, p95Micros / 1000.0, p99Micros / 1000.0, blockP99Micros / 1000.0,
                    frequenciesP99Micros / 1000.0);
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
                           date '1935-01-01' + floor(random() * 27000)::int as dob,
                           case when random() < 0.1 then null
                                else (:towns)[1 + floor(power(random(), 2) * cardinality(cast(:towns as text[])))::int] end as town
                    from generate_series(1, :count)),
                people as (
                    insert into person (id, first_name, last_name, date_of_birth, match_name, created_at, version)
                    select id, first_name, last_name, dob, first_name || '|' || last_name, now(), 0 from drawn returning id)
                insert into person_identity (person_id, source, first_name, last_name, first_norm, last_norm, first_sound, last_sound,
                    date_of_birth, birth_year, town_norm, recorded_at)
                select id, 'record', first_name, last_name, first_name, last_name, dmetaphone(first_name), dmetaphone(last_name),
                       dob, extract(year from dob)::int, town, now() from drawn""").replace(":first", first).replace(":last", last)
                .replace(":towns", sqlArray(TOWNS)))
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

    private static final int SLOWEST_SHOWN = 12;

    /** One lookup of the run: its position, the entry, its time, then its blocking query and frequencies timed again. */
    private record Timed(int position, MatchQuery query, long lookupMicros, long blockMicros, long frequencyMicros) {
        String report() {
            return String.format(Locale.ROOT, "slow lookup #%d: %.1f ms (again: blocking %.1f ms, frequencies %.1f ms) %s %s %s",
                    position, lookupMicros / 1000.0, blockMicros / 1000.0, frequencyMicros / 1000.0, query.firstName(),
                    query.lastName(), query.dateOfBirth());
        }
    }

    /**
     * Times the lookups after some unmeasured ones: a freshly started JVM interprets the lookup code, and a freshly
     * started PostgreSQL has empty buffers and catalogue caches, so the first few dozen lookups of a run take several
     * times longer than any later one and alone would set the p99 of a thousand. A serving Roundtable is past that.
     * The warm-up entries come from their own random sequence: the measured entries are the same whatever the warm-up.
     */
    @ActivateRequestContext
    public Result measure(int lookups, int warmUp) {
        Random warmUpRandom = new Random(11);
        for (int i = 0; i < warmUp; i++) {
            candidates.candidates(corrupted(sample(warmUpRandom), warmUpRandom));
        }
        Random random = new Random(7);
        List<Long> micros = new ArrayList<>();
        List<Long> blocking = new ArrayList<>();
        List<Long> frequencies = new ArrayList<>();
        List<Timed> timings = new ArrayList<>();
        long shown = 0;
        for (int i = 0; i < lookups; i++) {
            MatchQuery query = corrupted(sample(random), random);
            long start = System.nanoTime();
            shown += candidates.candidates(query).size();
            long lookupMicros = (System.nanoTime() - start) / 1000;
            micros.add(lookupMicros);
            long blockMicros = timed(() -> identities.block(query));
            blocking.add(blockMicros);
            long frequencyMicros = timed(() -> identities.population(query));
            frequencies.add(frequencyMicros);
            timings.add(new Timed(i, query, lookupMicros, blockMicros, frequencyMicros));
        }
        // The slowest lookups decide the p99: where they fell in the run (early ones pay for JIT compilation and cold
        // caches) and how their parts compare (the parts are timed again just after, so warm) say what to speed up.
        timings.stream().sorted(java.util.Comparator.comparingLong(Timed::lookupMicros).reversed()).limit(SLOWEST_SHOWN)
                .forEach(t -> System.out.println(t.report()));
        System.out.println(explain(corrupted(sample(random), random)));
        micros.sort(null);
        blocking.sort(null);
        frequencies.sort(null);
        return new Result(identities.people(), lookups, warmUp, MatchEvaluation.percentile(micros, 0.5),
                MatchEvaluation.percentile(micros, 0.95), MatchEvaluation.percentile(micros, 0.99), (double) shown / lookups,
                MatchEvaluation.percentile(blocking, 0.99), MatchEvaluation.percentile(frequencies, 0.99));
    }

    @Transactional
    MatchQuery sample(Random random) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select first_name, last_name, date_of_birth, town_norm from person_identity
                where id >= (select min(id) from person_identity) + :offset order by id limit 1""")
                .setParameter("offset", (long) (random.nextDouble() * identities.people())).getSingleResult();
        LocalDate dob = row[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[2];
        return new MatchQuery((String) row[0], (String) row[1], dob, null, null, null, (String) row[3]);
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
        return new MatchQuery(first, last, dob, null, null, null, q.town());
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
