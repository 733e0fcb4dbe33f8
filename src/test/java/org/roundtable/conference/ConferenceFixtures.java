package org.roundtable.conference;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.security.TestIdentityAssociation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.roundtable.referral.ReferralDraft;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.support.Identities;

/** Accepted MARAC cases and meetings for conference tests. */
@ApplicationScoped
public class ConferenceFixtures {

    @Inject
    ReferralFixtures referrals;

    @Inject
    EntityManager entityManager;

    /**
     * Other test classes leave accepted MARAC cases behind; an agenda would propose them too. Test classes run one
     * after another, so closing them here keeps each conference test's agenda to its own cases.
     */
    public void closeOtherCases() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update referral set state = 'CLOSED' where state in ('ACCEPTED', 'UNDER_REVIEW', 'LISTED')").executeUpdate());
    }

    /** A submitted and accepted MARAC case; returns its id. */
    public String acceptedCase(ReferralFixtures.Partnership p, TestIdentityAssociation identity, ReferralDraft draft) {
        p.signInReferrer(identity);
        String id = given().contentType("application/json").body(Map.of("kind", "MARAC", "draft", draft))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit").then().statusCode(200);
        p.signInCoordinator(identity);
        int version = given().get("/api/v1/referrals/" + id).then().extract().path("version");
        given().contentType("application/json").header("If-Match", String.valueOf(version)).body(Map.of("to", "ACCEPTED"))
                .post("/api/v1/referrals/" + id + "/transitions").then().statusCode(200);
        return id;
    }

    /** A MARAC draft of the given risk: yes to the first {@code yes} DASH questions. */
    public ReferralDraft draft(String first, String last, int yes, int children, boolean professionalJudgement) {
        ReferralDraft complete = referrals.completeMaracDraft(first, last, LocalDate.of(1988, 6, 1));
        Map<String, String> answers = new HashMap<>();
        var ids = complete.answers().keySet().stream().sorted().toList();
        for (int i = 0; i < ids.size(); i++) {
            answers.put(ids.get(i), i < yes ? "YES" : "NO");
        }
        var kids = complete.children().subList(0, Math.min(children, complete.children().size()));
        return new ReferralDraft(complete.victim(), null, true, complete.perpetrators(), kids, complete.incidentSummary(), answers,
                Map.of(), professionalJudgement || yes < 14, professionalJudgement || yes < 14 ? "Escalating controlling behaviour" : null,
                1, ReferralDraft.Consent.GIVEN, null, null);
    }

    /** A MARAC meeting a week ahead, chaired by the partnership's chair; returns its id. */
    public String meeting(ReferralFixtures.Partnership p, TestIdentityAssociation identity, int daysAhead) {
        p.signInCoordinator(identity);
        return given().contentType("application/json")
                .body(Map.of("kind", "MARAC", "date", LocalDate.now().plusDays(daysAhead).toString(), "time", "10:00",
                        "venue", "Priory House, Chicksands", "chairSubject", p.chairSubject(), "rhythm", "ONCE"))
                .post("/api/v1/meetings").then().statusCode(201).extract().path("[0].id");
    }

    public static void asChair(ReferralFixtures.Partnership p, TestIdentityAssociation identity) {
        Identities.signIn(identity, p.chairSubject(), "Ruth Miller", p.police(), "chair");
    }
}
