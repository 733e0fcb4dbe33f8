package org.roundtable.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.AgencyType;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.user.Role;

/**
 * Every access rule for every role, from two agencies: the agency whose record it is ("own": it referred the MARAC
 * case and owns its action, and is a MARAC member) and another agency ("other": neither). Coordinators and chairs
 * hold MARAC. The table is docs/security-model.md's "Access matrix":
 * this test fails when the code and the document differ, and when a rule of the access package has no row.
 */
class AccessMatrixTest {

    private static final Path DOCUMENT = Path.of("docs/security-model.md");
    private static final String OWN = "OWNAG";
    private static final String OTHER = "OTHERAG";
    private static final UUID CASE = UUID.randomUUID();
    private static final UUID MEETING = UUID.randomUUID();
    private static final ConferenceKind KIND = ConferenceKind.MARAC;

    /** A column: roles held in an agency of a type. */
    private record Column(AgencyType agencyType, String... roles) {
    }

    /**
     * Every role in the agency type it usually has; then the two agency types that some rules turn on (the advocate
     * service's SPOC, children's services), and a coordinator who is also an administrator (who sees no case).
     */
    private static final Map<String, Column> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put(Role.CALL_HANDLER, new Column(AgencyType.POLICE, Role.CALL_HANDLER));
        ROLES.put(Role.REFERRER, new Column(AgencyType.HOUSING, Role.REFERRER));
        ROLES.put(Role.IDVA, new Column(AgencyType.IDVA_SERVICE, Role.IDVA));
        ROLES.put(Role.ISVA, new Column(AgencyType.ISVA_SERVICE, Role.ISVA));
        ROLES.put(Role.AGENCY_SPOC, new Column(AgencyType.HOUSING, Role.AGENCY_SPOC));
        ROLES.put(Role.CHAIR, new Column(AgencyType.POLICE, Role.CHAIR));
        ROLES.put(Role.COORDINATOR, new Column(AgencyType.HOUSING, Role.COORDINATOR));
        ROLES.put(Role.ADMIN, new Column(AgencyType.HOUSING, Role.ADMIN));
        ROLES.put(Role.AUDITOR, new Column(AgencyType.HOUSING, Role.AUDITOR));
        ROLES.put("agency-spoc of the IDVA service", new Column(AgencyType.IDVA_SERVICE, Role.AGENCY_SPOC));
        ROLES.put("referrer in children's services", new Column(AgencyType.CHILDRENS_SERVICES, Role.REFERRER));
        ROLES.put("coordinator + admin", new Column(AgencyType.HOUSING, Role.COORDINATOR, Role.ADMIN));
    }

    private record Row(String rule, String covers, Predicate<Viewer> test) {
    }

    private static CaseFacts listed(String agency) {
        return new CaseFacts(CASE, KIND, CaseFacts.Stage.SHARED_WITH_MEMBERS, agency, "someone-else");
    }

    private static final List<Row> ROWS = List.of(
            new Row("see a colleague's draft referral", "CaseRules.canSee",
                    v -> CaseRules.canSee(new CaseFacts(CASE, KIND, CaseFacts.Stage.DRAFT, OWN, "a-colleague"), v)),
            new Row("see a submitted referral", "CaseRules.canSee",
                    v -> CaseRules.canSee(new CaseFacts(CASE, KIND, CaseFacts.Stage.BEFORE_LISTING, OWN, "a-colleague"), v)),
            new Row("see a listed case", "CaseRules.canSee", v -> CaseRules.canSee(listed(OWN), v)),
            new Row("see a listed case as a guest invited for it", "CaseRules.canSee", v -> CaseRules.canSee(listed(OWN), asGuest(v))),
            new Row("see the victim's address and safe contact details", "CaseRules.canSeeContactDetails",
                    v -> CaseRules.canSeeContactDetails(listed(OWN), v)),
            new Row("see children's details", "CaseRules.canSeeChildren", v -> CaseRules.canSeeChildren(listed(OWN), v)),
            new Row("hold children's records (children's details in research)", "CaseRules.holdsChildrensRecords",
                    CaseRules::holdsChildrensRecords),
            new Row("edit the draft, answer a question (the referring agency)", "CaseRules.isReferringAgency",
                    v -> CaseRules.isReferringAgency(listed(OWN), v)),
            new Row("a member of the conference", "MeetingRules.isMember", v -> MeetingRules.isMember(KIND, v)),
            new Row("a guest of the meeting (when invited)", "MeetingRules.isGuest", v -> MeetingRules.isGuest(MEETING, asGuest(v))),
            new Row("see the conference's meetings", "MeetingRules.canSeeKind", v -> MeetingRules.canSeeKind(KIND, v)),
            new Row("see a meeting as a guest invited to it", "MeetingRules.canSee", v -> MeetingRules.canSee(KIND, MEETING, asGuest(v))),
            new Row("see a listed case on the agenda", "MeetingRules.canSeeListedCase", v -> MeetingRules.canSeeListedCase(KIND, CASE, v)),
            new Row("share the agency's information before the meeting", "MeetingRules.canShareResearch",
                    v -> MeetingRules.canShareResearch(KIND, MEETING, v)),
            new Row("share information on a case as a guest invited for it", "MeetingRules.canShareResearchOn",
                    v -> MeetingRules.canShareResearchOn(KIND, CASE, asGuest(v))),
            new Row("read the own agency's extract of the minutes", "MeetingRules.canReadExtract",
                    v -> MeetingRules.canReadExtract(KIND, MEETING, String.valueOf(v.agencyCode()), v)),
            new Row("read another agency's extract", "MeetingRules.canReadExtract",
                    v -> MeetingRules.canReadExtract(KIND, MEETING, "THIRDAG", v)),
            new Row("run a meeting: attendance, notes, actions", "MeetingRules.runs", v -> MeetingRules.runs(KIND, v)),
            new Row("set up meetings and build agendas", "MeetingRules.canSetUp", v -> MeetingRules.canSetUp(KIND, v)),
            new Row("record decisions, approve the minutes", "MeetingRules.canDecide", v -> MeetingRules.canDecide(KIND, v)),
            new Row("belong to the agency that owns an action", "ActionRules.ownAgency", v -> ActionRules.ownAgency(OWN, v)),
            new Row("see an action", "ActionRules.canSee", v -> ActionRules.canSee(KIND, OWN, v)),
            new Row("update an action", "ActionRules.canUpdate", v -> ActionRules.canUpdate(KIND, OWN, v)),
            new Row("assign an action", "ActionRules.canAssign", v -> ActionRules.canAssign(KIND, OWN, v)),
            new Row("add an action between meetings", "ActionRules.canAdd", v -> ActionRules.canAdd(KIND, v)),
            new Row("read the agency's action inbox", "ActionRules.readsAgencyInbox", ActionRules::readsAgencyInbox),
            new Row("an advocate of the kind's advocate service", "ContactRules.isAdvocate", v -> ContactRules.isAdvocate(KIND, v)),
            new Row("the advocate service's single point of contact", "ContactRules.isServiceSpoc", v -> ContactRules.isServiceSpoc(KIND, v)),
            new Row("see the caseload and contact log", "ContactRules.canSee", v -> ContactRules.canSee(KIND, v)),
            new Row("log contacts", "ContactRules.canLog", v -> ContactRules.canLog(KIND, v)),
            new Row("take a case (\"Allocate to me\")", "ContactRules.canTake", v -> ContactRules.canTake(KIND, v)),
            new Row("allocate a case to a named advocate", "ContactRules.canAllocateToOthers", v -> ContactRules.canAllocateToOthers(KIND, v)),
            new Row("close and reopen support of a case allocated to them", "ContactRules.canCloseSupport",
                    v -> ContactRules.canCloseSupport(KIND, v.subject(), v)),
            new Row("be allocated a case", "ContactRules.canBeAllocated", v -> ContactRules.canBeAllocated(KIND, v.agencyType(), v.roles())),
            new Row("read the conference's reports (counts)", "ReportRules.canRead", v -> ReportRules.canRead(KIND, v)));

    private static final List<Class<?>> RULES = List.of(CaseRules.class, MeetingRules.class, ActionRules.class, ContactRules.class,
            ReportRules.class);

    private static Viewer viewer(String name, boolean ownAgency) {
        Column column = ROLES.get(name);
        return new Viewer("user-" + name, name, ownAgency ? OWN : OTHER, column.agencyType(),
                ownAgency ? EnumSet.of(KIND) : EnumSet.noneOf(ConferenceKind.class), Set.of(column.roles()), EnumSet.of(KIND), Set.of(),
                Set.of());
    }

    private static Viewer asGuest(Viewer v) {
        return new Viewer(v.subject(), v.name(), v.agencyCode(), v.agencyType(), v.agencyKinds(), v.roles(), v.userKinds(),
                Set.of(MEETING), Set.of(CASE));
    }

    /** "yes" from both agencies, "own" or "other" from one, blank from neither. */
    private static String cell(Row row, String column) {
        boolean own = row.test().test(viewer(column, true));
        boolean other = row.test().test(viewer(column, false));
        return own && other ? "yes" : own ? "own" : other ? "other" : "";
    }

    static List<String> computedTable() {
        List<String> lines = new ArrayList<>();
        lines.add("| rule | " + String.join(" | ", ROLES.keySet()) + " |");
        lines.add("|---|" + "---|".repeat(ROLES.size()));
        for (Row row : ROWS) {
            lines.add("| " + row.rule() + " | " + ROLES.keySet().stream().map(column -> cell(row, column))
                    .collect(Collectors.joining(" | ")) + " |");
        }
        return lines;
    }

    private static List<String> documentedTable() throws IOException {
        List<String> lines = Files.readAllLines(DOCUMENT);
        int heading = lines.indexOf("## Access matrix");
        if (heading < 0) {
            return List.of();
        }
        return lines.subList(heading + 1, lines.size()).stream().dropWhile(line -> !line.startsWith("|"))
                .takeWhile(line -> line.startsWith("|")).map(line -> line.replaceAll("\\|\\s+\\|", "|  |").replaceAll(" +", " "))
                .toList();
    }

    @Test
    void theDocumentedMatrixIsTheOneTheCodeGives() throws IOException {
        List<String> computed = computedTable().stream().map(line -> line.replaceAll("\\|\\s+\\|", "|  |").replaceAll(" +", " ")).toList();
        assertEquals(String.join("\n", computed), String.join("\n", documentedTable()),
                "docs/security-model.md, section \"## Access matrix\", must hold exactly this table:\n"
                        + String.join("\n", computedTable()));
    }

    @Test
    void everyRuleOfTheAccessPackageHasARow() {
        Set<String> rules = new TreeSet<>();
        for (Class<?> type : RULES) {
            Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                    .filter(m -> m.getReturnType() == boolean.class).map(Method::getName)
                    .forEach(name -> rules.add(type.getSimpleName() + "." + name));
        }
        Set<String> covered = ROWS.stream().map(Row::covers).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(rules, covered);
    }

    @Test
    void administratorsAndAuditorsSeeNoCaseContentWhateverElseTheyAre() {
        for (String column : List.of(Role.ADMIN, Role.AUDITOR, "coordinator + admin")) {
            for (boolean own : new boolean[] { true, false }) {
                Viewer v = viewer(column, own);
                assertEquals(false, CaseRules.canSee(listed(OWN), v), column);
                assertEquals(false, MeetingRules.canSeeListedCase(KIND, CASE, asGuest(v)), column);
                assertEquals(false, ContactRules.canSee(KIND, v), column);
                assertEquals(false, ActionRules.canSee(KIND, OWN, v), column);
            }
        }
    }
}
