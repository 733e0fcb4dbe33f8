package org.roundtable.contact;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.security.TestIdentityAssociation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roundtable.agency.AgencyForm;
import org.roundtable.agency.AgencyService;
import org.roundtable.agency.AgencyType;
import org.roundtable.audit.Actor;
import org.roundtable.conference.ConferenceFixtures;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.support.Identities;
import org.roundtable.user.SignIn;
import org.roundtable.user.UserService;

/** Accepted MARAC cases on the IDVA service's caseload, its advocates, an ISVA service, and a clock tests can set. */
@ApplicationScoped
public class ContactFixtures {

    @Inject
    ReferralFixtures referrals;

    @Inject
    ConferenceFixtures conferences;

    @Inject
    AgencyService agencies;

    @Inject
    UserService users;

    @Inject
    EntityManager entityManager;

    /** A partnership (see ReferralFixtures) with an ISVA service too. */
    public record World(ReferralFixtures.Partnership p, String isva) {

        public void asIdva(TestIdentityAssociation identity) {
            Identities.signIn(identity, "idva-" + p.idva(), "Amara Idris", p.idva(), "idva");
        }

        public void asOtherIdva(TestIdentityAssociation identity) {
            Identities.signIn(identity, "idva2-" + p.idva(), "Beth Lowe", p.idva(), "idva");
        }

        public void asIdvaSpoc(TestIdentityAssociation identity) {
            Identities.signIn(identity, "spoc-" + p.idva(), "Cara Nwosu", p.idva(), "agency-spoc");
        }
    }

    public World world() {
        ReferralFixtures.Partnership p = referrals.partnership();
        String isva = agencies.createAs(new Actor("test", "test", null),
                new AgencyForm("ISVA " + p.idva(), "V" + p.idva().substring(1), AgencyType.ISVA_SERVICE, true)).shortCode();
        users.recordSignIn(new SignIn("idva2-" + p.idva(), "idva2-" + p.idva(), "Beth Lowe", null, p.idva(), List.of("idva")));
        return new World(p, isva);
    }

    /** A submitted and accepted MARAC case (16 yes: high risk, or fewer with professional judgement); returns its id. */
    public String acceptedCase(World w, TestIdentityAssociation identity, String lastName, int yes) {
        return conferences.acceptedCase(w.p(), identity, conferences.draft("Nia", lastName, yes, 0, false));
    }

    /** Sets when the case was referred and reached the advocate service, as if long ago. */
    public void referredAndAllocatedAt(String referralId, Instant referredAt, Instant serviceAllocatedAt) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update caseload_entry set referred_at = :r, service_allocated_at = :s where referral_id = :id")
                .setParameter("r", referredAt).setParameter("s", serviceAllocatedAt).setParameter("id", UUID.fromString(referralId))
                .executeUpdate());
    }

    public static Instant london(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WorkingDays.LONDON).toInstant();
    }

    /** Every clock read in the application returns this moment, until the test ends. */
    public static void clockAt(Instant now) {
        QuarkusMock.installMockForType(Clock.fixed(now, ZoneOffset.UTC), Clock.class);
    }

    public static int version(String referralId) {
        return given().get("/api/v1/caseload/" + referralId).then().statusCode(200).extract().path("version");
    }

    public static Map<String, Object> contact(Instant occurredAt, String method, String outcome) {
        Map<String, Object> body = new HashMap<>();
        body.put("occurredAt", occurredAt.toString());
        body.put("method", method);
        body.put("outcome", outcome);
        return body;
    }
}
