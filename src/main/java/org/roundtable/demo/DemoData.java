package org.roundtable.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.roundtable.agency.AgencyForm;
import org.roundtable.agency.SafeLivesSource;
import org.roundtable.agency.AgencyService;
import org.roundtable.agency.AgencyType;
import org.roundtable.agency.AgencyView;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.Actor;
import org.roundtable.report.matrix.Matrices;
import org.roundtable.user.Role;
import org.roundtable.user.UserService;

/**
 * The demo partnership (modelled on Central Bedfordshire's), loaded at start-up only when
 * roundtable.demo-data=true, as the demo launcher sets it. Never loaded by a migration.
 * Short codes match the agency attribute of the demo users in deploy/keycloak.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    record DemoAgency(String name, String code, AgencyType type, Set<ConferenceKind> kinds, SafeLivesSource source) {

        /** A shared conference mailbox, so that the demo mailbox shows agencies none of whose contacts signed in. */
        String contactEmail() {
            return "conferences@" + code.toLowerCase(java.util.Locale.ROOT) + ".demo.example";
        }
    }

    static final List<DemoAgency> AGENCIES = List.of(
            new DemoAgency("Bedfordshire Police", "POLICE", AgencyType.POLICE, EnumSet.allOf(ConferenceKind.class), SafeLivesSource.POLICE),
            new DemoAgency("Central Bedfordshire Council ASB Team", "ASBTEAM", AgencyType.COUNCIL_ASB_TEAM, EnumSet.of(ConferenceKind.ASBRAC, ConferenceKind.MARAC), SafeLivesSource.OTHER),
            new DemoAgency("Bedfordshire IDVA Service", "IDVA", AgencyType.IDVA_SERVICE, EnumSet.of(ConferenceKind.MARAC), SafeLivesSource.IDVA),
            new DemoAgency("Bedfordshire ISVA Service", "ISVA", AgencyType.ISVA_SERVICE, EnumSet.of(ConferenceKind.SARAC), SafeLivesSource.VOLUNTARY_SECTOR),
            new DemoAgency("Central Bedfordshire Children's Services", "CSC", AgencyType.CHILDRENS_SERVICES, EnumSet.allOf(ConferenceKind.class), SafeLivesSource.CHILDRENS_SOCIAL_CARE),
            new DemoAgency("Aragon Housing Association", "HOUSING", AgencyType.HOUSING, EnumSet.of(ConferenceKind.MARAC, ConferenceKind.ASBRAC), SafeLivesSource.HOUSING),
            new DemoAgency("Probation Service, Bedfordshire", "PROBATION", AgencyType.PROBATION, EnumSet.of(ConferenceKind.MARAC, ConferenceKind.SARAC), SafeLivesSource.PROBATION),
            new DemoAgency("Bedfordshire Hospitals NHS Foundation Trust", "HEALTH", AgencyType.HEALTH, EnumSet.allOf(ConferenceKind.class), SafeLivesSource.SECONDARY_CARE),
            new DemoAgency("Victim Support Bedfordshire", "VICTIMSUP", AgencyType.VICTIM_SUPPORT, EnumSet.of(ConferenceKind.ASBRAC), SafeLivesSource.VOLUNTARY_SECTOR),
            new DemoAgency("Central Bedfordshire Youth Offending Service", "YOS", AgencyType.YOUTH_OFFENDING, EnumSet.of(ConferenceKind.ASBRAC), SafeLivesSource.OTHER),
            new DemoAgency("Bedfordshire Fire and Rescue Service", "FIRE", AgencyType.FIRE_AND_RESCUE, EnumSet.of(ConferenceKind.ASBRAC), SafeLivesSource.OTHER),
            new DemoAgency("Path to Recovery Drug and Alcohol Service", "DRUGALC", AgencyType.DRUG_AND_ALCOHOL, EnumSet.of(ConferenceKind.MARAC), SafeLivesSource.SUBSTANCE_MISUSE));

    @ConfigProperty(name = "roundtable.demo-data")
    boolean enabled;

    @Inject
    AgencyService agencies;

    @Inject
    UserService users;

    @Inject
    Matrices matrices;

    /** The risk matrix of the seed plan's Appendix A (Central Bedfordshire's strategic assessment for 2013-14). */
    static final String MATRIX_TITLE = "2013-14";
    static final String MATRIX_FILE = "/demo/strategic-matrix-2013-14.csv";

    void onStart(@Observes StartupEvent start) {
        if (enabled) {
            load();
            loadRiskMatrix();
        }
    }

    /**
     * Imports the seed's 30 scored issues through the same import as a user's CSV upload, once: a matrix of that
     * title already there (perhaps rescored by a coordinator) is left alone. True when it was loaded now.
     */
    @jakarta.transaction.Transactional
    public boolean loadRiskMatrix() {
        if (matrices.findByTitle(MATRIX_TITLE).isPresent()) {
            return false;
        }
        try (java.io.InputStream file = DemoData.class.getResourceAsStream(MATRIX_FILE)) {
            String csv = new String(java.util.Objects.requireNonNull(file, MATRIX_FILE).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            matrices.importAs(SYSTEM, matrices.createAs(SYSTEM, MATRIX_TITLE).id(), csv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        LOG.infof("Loaded the demo strategic risk matrix %s", MATRIX_TITLE);
        return true;
    }

    /** Adds the demo agencies that are missing; agencies an administrator already changed are left alone. */
    public int load() {
        int added = 0;
        for (DemoAgency demo : AGENCIES) {
            if (agencies.findByShortCode(demo.code()).isEmpty()) {
                agencies.createAs(SYSTEM, new AgencyForm(demo.name(), demo.code(), demo.type(), true, demo.contactEmail(),
                        demo.source()));
                added++;
            }
        }
        if (added > 0) {
            for (ConferenceKind kind : ConferenceKind.values()) {
                Set<java.util.UUID> members = new java.util.HashSet<>(agencies.members(kind).stream().map(AgencyView::id).toList());
                AGENCIES.stream().filter(a -> a.kinds().contains(kind))
                        .forEach(a -> agencies.findByShortCode(a.code()).ifPresent(found -> members.add(found.id())));
                agencies.setMembersAs(SYSTEM, kind, members);
            }
            LOG.infof("Loaded %d demo agencies", added);
        }
        return added;
    }

    /** In the demo, coordinators and chairs work for every conference from their first sign-in. */
    void onFirstSignIn(@Observes UserService.FirstSignIn signIn) {
        if (enabled && (signIn.roles().contains(Role.COORDINATOR) || signIn.roles().contains(Role.CHAIR))) {
            users.setConferenceKindsAs(SYSTEM, signIn.subject(), EnumSet.allOf(ConferenceKind.class));
        }
    }

    static final Actor SYSTEM = new Actor("system", "Roundtable demo loader", null);
}
