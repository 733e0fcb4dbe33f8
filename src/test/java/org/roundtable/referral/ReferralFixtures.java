package org.roundtable.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roundtable.agency.AgencyForm;
import org.roundtable.agency.AgencyService;
import org.roundtable.agency.AgencyType;
import org.roundtable.agency.AgencyView;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.Actor;
import org.roundtable.checklist.ChecklistService;
import org.roundtable.person.PersonForm;
import org.roundtable.support.Forms;
import org.roundtable.user.SignIn;
import org.roundtable.user.UserService;

/** A small partnership for referral tests: agencies of each type that matters, and coordinators and chairs with kinds. */
@ApplicationScoped
public class ReferralFixtures {

    public record Partnership(String housing, String idva, String health, String fire, String police, String coordinatorSubject,
            String chairSubject) {

        /** Grace Okafor, a referrer of the housing agency. */
        public void signInReferrer(io.quarkus.test.security.TestIdentityAssociation identity) {
            org.roundtable.support.Identities.signIn(identity, "author-" + housing, "Grace Okafor", housing, "referrer");
        }

        /** Ben Carter, the MARAC coordinator. */
        public void signInCoordinator(io.quarkus.test.security.TestIdentityAssociation identity) {
            org.roundtable.support.Identities.signIn(identity, coordinatorSubject, "Ben Carter", "ASBTEAM", "coordinator");
        }
    }

    @Inject
    AgencyService agencies;

    @Inject
    UserService users;

    @Inject
    ChecklistService checklists;

    public Partnership partnership() {
        String suffix = Forms.unique("");
        String housing = agency("Housing " + suffix, "H" + suffix, AgencyType.HOUSING, EnumSet.of(ConferenceKind.MARAC));
        String idva = agency("IDVA " + suffix, "I" + suffix, AgencyType.IDVA_SERVICE, EnumSet.of(ConferenceKind.MARAC));
        String health = agency("Health " + suffix, "M" + suffix, AgencyType.HEALTH, EnumSet.of(ConferenceKind.MARAC));
        String fire = agency("Fire " + suffix, "F" + suffix, AgencyType.FIRE_AND_RESCUE, EnumSet.of(ConferenceKind.ASBRAC));
        String police = agency("Police " + suffix, "P" + suffix, AgencyType.POLICE, EnumSet.of(ConferenceKind.ASBRAC));
        String coordinator = "coordinator-" + suffix;
        String chair = "chair-" + suffix;
        users.recordSignIn(new SignIn(coordinator, coordinator, "Ben Carter", null, "ASBTEAM", List.of("coordinator")));
        users.setConferenceKinds(coordinator, EnumSet.of(ConferenceKind.MARAC), users.get(coordinator).version());
        users.recordSignIn(new SignIn(chair, chair, "Ruth Miller", null, police, List.of("chair")));
        users.setConferenceKinds(chair, EnumSet.of(ConferenceKind.MARAC), users.get(chair).version());
        return new Partnership(housing, idva, health, fire, police, coordinator, chair);
    }

    private String agency(String name, String code, AgencyType type, Set<ConferenceKind> kinds) {
        AgencyView agency = agencies.createAs(new Actor("test", "test", null), new AgencyForm(name, code, type, true));
        for (ConferenceKind kind : kinds) {
            var members = new java.util.HashSet<>(agencies.members(kind).stream().map(AgencyView::id).toList());
            members.add(agency.id());
            agencies.setMembersAs(new Actor("test", "test", null), kind, members);
        }
        return agency.shortCode();
    }

    /** A complete MARAC draft: a high DASH score (14 yes), consent given. */
    public ReferralDraft completeMaracDraft(String firstName, String lastName, LocalDate dateOfBirth) {
        Map<String, String> answers = new HashMap<>();
        var questions = checklists.current("DASH_RIC").definition().questions();
        for (int i = 0; i < questions.size(); i++) {
            answers.put(questions.get(i).id(), i < 14 ? "YES" : "NO");
        }
        PersonForm victim = new PersonForm(firstName, lastName, null, dateOfBirth, null, "Female", null, "White British", null, null,
                "English", false, "12 Station Road", "Leighton Buzzard", "LU7 1AA", "07700 900123", null, "Text only", Boolean.FALSE);
        PersonForm perpetrator = PersonForm.named("Kevin", lastName, LocalDate.of(1985, 4, 2), null);
        return new ReferralDraft(victim, null, true, List.of(new ReferralDraft.Perpetrator(perpetrator, "Ex-partner")),
                List.of(new ReferralDraft.Child("Mia", lastName, 4, null)),
                "Assaulted at home on 20 November; threats to kill.", answers, Map.of("injury", "Bruising to the face"),
                false, null, 1, ReferralDraft.Consent.GIVEN, null, "PC 1234 Evans");
    }

    /** An ASBRAC draft referred on professional judgement: every answer the lowest, about a new victim or a recorded one. */
    public ReferralDraft asbDraft(PersonForm victim, java.util.UUID victimPersonId, List<ReferralDraft.Perpetrator> perpetrators) {
        Map<String, String> answers = new HashMap<>();
        for (var q : checklists.current("ASB_MATRIX").definition().questions()) {
            answers.put(q.id(), q.kind() == org.roundtable.checklist.ChecklistDefinition.AnswerKind.CHOICE ? q.choices().get(0).value() : "NO");
        }
        return new ReferralDraft(victim, victimPersonId, victimPersonId == null, perpetrators, List.of(), "Eggs thrown at the windows again.",
                answers, Map.of(), true, "Targeted and frightened", 0, ReferralDraft.Consent.GIVEN, null, null);
    }

    /** Ann Asb, a coordinator of ASBRAC only. */
    public void signInAsbCoordinator(Partnership p, io.quarkus.test.security.TestIdentityAssociation identity) {
        String subject = "asb-coordinator-" + p.housing();
        users.recordSignIn(new SignIn(subject, subject, "Ann Asb", null, "ASBTEAM", List.of("coordinator")));
        users.setConferenceKinds(subject, EnumSet.of(ConferenceKind.ASBRAC), users.get(subject).version());
        org.roundtable.support.Identities.signIn(identity, subject, "Ann Asb", "ASBTEAM", "coordinator");
    }

    @Inject
    jakarta.persistence.EntityManager entityManager;

    /** Records that a referral was heard at its conference on this day (late in the evening, London time), as a chair would. */
    public void markHeard(String referralId, LocalDate day) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update referral set state = 'HEARD' where id = :id")
                    .setParameter("id", java.util.UUID.fromString(referralId)).executeUpdate();
            entityManager.createNativeQuery("""
                    insert into referral_transition (referral_id, from_state, to_state, occurred_at, actor_subject, actor_name)
                    values (:id, 'LISTED', 'HEARD', :at, 'chair', 'Ruth Miller')""")
                    .setParameter("id", java.util.UUID.fromString(referralId))
                    .setParameter("at", day.atTime(23, 30).atZone(java.time.ZoneId.of("Europe/London")).toInstant())
                    .executeUpdate();
        });
    }
}
