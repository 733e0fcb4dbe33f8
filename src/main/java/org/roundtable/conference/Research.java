package org.roundtable.conference;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.roundtable.agency.AgencyService;
import org.roundtable.agency.AgencyView;
import org.roundtable.audit.AuditService;
import org.roundtable.audit.AuditSubject;
import org.roundtable.access.CaseRules;
import org.roundtable.access.GuestGrants;
import org.roundtable.access.MeetingRules;
import org.roundtable.access.Viewer;
import org.roundtable.access.Viewers;
import org.roundtable.web.Checks;
import org.roundtable.web.FieldError;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.NotFoundProblem;
import org.roundtable.web.StaleEditException;

/** Before the meeting, each member agency records what it holds about each listed case. */
@ApplicationScoped
public class Research {

    /** A case on the agenda and the member agencies that have not yet said what they hold. */
    public record Outstanding(UUID itemId, String reference, List<String> agencies) {
    }

    @Inject
    GuestGrants guestGrants;

    @Inject
    EntityManager entityManager;

    @Inject
    Meetings meetings;

    @Inject
    Agendas agendas;

    @Inject
    AgencyService agencies;

    @Inject
    Viewers viewers;

    @Inject
    AuditService audit;

    @Inject
    Checks checks;

    /** The reader's agency's research on a listed case, or null before it has any. */
    @Transactional
    public MeetingRecord.Research mine(UUID meetingId, UUID itemId) {
        Viewer viewer = memberOf(meetingId, itemId);
        AgendaItem item = listedItem(meetingId, itemId);
        CaseResearch research = find(item.id, viewer.agencyCode());
        return research == null ? null : MeetingRecord.Research.of(research, CaseRules.holdsChildrensRecords(viewer));
    }

    @Transactional
    public MeetingRecord.Research save(UUID meetingId, UUID itemId, ResearchForm form, Long expectedVersion) {
        Viewer viewer = memberOf(meetingId, itemId);
        AgendaItem item = listedItem(meetingId, itemId);
        checks.storable(form);
        List<FieldError> errors = new ArrayList<>();
        if (form.known() == null) {
            errors.add(new FieldError("known", "Say whether your agency knows the victim or the family"));
        } else if (form.known() && blank(form.summary())) {
            errors.add(new FieldError("summary", "Summarise what your agency holds"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // Two colleagues saving their agency's first research at once: the second waits here and then meets the first's.
        entityManager.lock(item, LockModeType.PESSIMISTIC_WRITE);
        CaseResearch research = find(item.id, viewer.agencyCode());
        if (research == null) {
            research = new CaseResearch();
            research.id = UUID.randomUUID();
            research.agendaItemId = item.id;
            research.agencyCode = viewer.agencyCode().toUpperCase();
        } else if (expectedVersion == null || research.version != expectedVersion) {
            throw new StaleEditException("A colleague saved your agency's information on this case while you were typing.",
                    MeetingRecord.Research.of(research, CaseRules.holdsChildrensRecords(viewer)));
        }
        research.known = form.known();
        research.summary = trim(form.summary());
        research.involvement = trim(form.involvement());
        research.risks = trim(form.risks());
        research.childrenDetails = CaseRules.holdsChildrensRecords(viewer) ? trim(form.childrenDetails()) : null;
        research.updatedBy = viewer.name();
        research.updatedAt = Instant.now();
        if (!entityManager.contains(research)) {
            entityManager.persist(research);
        }
        entityManager.flush();
        audit.record("research.save", Meetings.ENTITY, meetingId.toString(), "referral " + item.referralId, List.of(AuditSubject.of("referral", item.referralId)));
        return MeetingRecord.Research.of(research, CaseRules.holdsChildrensRecords(viewer));
    }

    /** For coordinators: which member agencies have not yet recorded their research, case by case. */
    @Transactional
    public List<Outstanding> outstanding(UUID meetingId, Map<UUID, String> references) {
        Meeting meeting = meetings.forChairOrCoordinator(meetingId);
        Set<String> members = new TreeSet<>(agencies.members(meeting.kind).stream().filter(AgencyView::active)
                .map(AgencyView::shortCode).toList());
        Map<UUID, Outstanding> result = new LinkedHashMap<>();
        List<UUID> listed = new java.util.ArrayList<>();
        for (AgendaItem item : agendas.items(meetingId)) {
            if (item.status != AgendaItem.Status.LISTED && item.status != AgendaItem.Status.HEARD) {
                continue;
            }
            Set<String> missing = new TreeSet<>(members);
            guestGrants.ofMeeting(meetingId).stream().filter(g -> item.referralId.equals(g.referralId)).forEach(g -> missing.add(g.agencyCode));
            entityManager.createQuery("select agencyCode from CaseResearch where agendaItemId = :id", String.class)
                    .setParameter("id", item.id).getResultList().forEach(missing::remove);
            result.put(item.id, new Outstanding(item.id, references.get(item.referralId), List.copyOf(missing)));
            listed.add(item.referralId);
        }
        audit.record("research.outstanding", Meetings.ENTITY, meetingId.toString(), result.size() + " cases",
                AuditSubject.all("referral", listed));
        return List.copyOf(result.values());
    }

    private Viewer memberOf(UUID meetingId, UUID itemId) {
        Meeting meeting = meetings.load(meetingId);
        Viewer viewer = viewers.current();
        if (!MeetingRules.canShareResearch(meeting.kind, meetingId, viewer)) {
            AgendaItem asked = entityManager.find(AgendaItem.class, itemId);
            audit.recordRefusal("research.denied", Meetings.ENTITY, meetingId.toString(), "not a member agency of " + meeting.kind.name(),
                    asked == null || !asked.meetingId.equals(meetingId) ? List.of() : List.of(AuditSubject.of("referral", asked.referralId)));
            throw new ForbiddenException("Only member agencies of " + meeting.kind.label() + " share information for its meetings");
        }
        return viewer;
    }

    private AgendaItem listedItem(UUID meetingId, UUID itemId) {
        AgendaItem item = entityManager.find(AgendaItem.class, itemId);
        if (item == null || !item.meetingId.equals(meetingId)) {
            throw new NotFoundProblem("No case " + itemId + " on this meeting");
        }
        Viewer viewer = viewers.current();
        Meeting meeting = meetings.load(meetingId);
        if (!MeetingRules.canShareResearchOn(meeting.kind, item.referralId, viewer)) {
            audit.recordRefusal("research.denied", Meetings.ENTITY, meetingId.toString(), "referral " + item.referralId, List.of(AuditSubject.of("referral", item.referralId)));
            throw new ForbiddenException("Your agency is a guest of this meeting for other cases only");
        }
        if (item.status != AgendaItem.Status.LISTED) {
            throw new IllegalStateChangeException("Information is shared for listed cases before they are heard.");
        }
        return item;
    }

    private CaseResearch find(UUID itemId, String agencyCode) {
        return entityManager.createQuery("from CaseResearch where agendaItemId = :id and agencyCode = :agency", CaseResearch.class)
                .setParameter("id", itemId).setParameter("agency", agencyCode.toUpperCase()).getResultStream().findFirst().orElse(null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }
}
