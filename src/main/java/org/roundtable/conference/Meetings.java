package org.roundtable.conference;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditService;
import org.roundtable.access.MeetingRules;
import org.roundtable.access.Viewer;
import org.roundtable.access.Viewers;
import org.roundtable.user.Role;
import org.roundtable.user.UserService;
import org.roundtable.user.UserView;
import org.roundtable.web.Checks;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.NotFoundProblem;

/** Coordinators set up meetings (once or on a rhythm); who may see and run each one is decided here. */
@ApplicationScoped
public class Meetings {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");
    static final String ENTITY = "meeting";
    static final int MOST_REPEATS = 12;
    /** A partnership plans its meetings a year or so ahead; a date further out is a typing mistake. */
    static final int MOST_YEARS_AHEAD = 2;

    static final String CONFIDENTIALITY = "The information discussed at this meeting is shared in confidence to protect the people "
            + "named. It must not be shared beyond the agencies present except to keep someone safe, and must be recorded and "
            + "stored as OFFICIAL-SENSITIVE.";

    @Inject
    EntityManager entityManager;

    @Inject
    Viewers viewers;

    @Inject
    UserService users;

    @Inject
    AuditService audit;

    @Inject
    Checks checks;

    @Transactional
    public List<MeetingView> create(MeetingForm form) {
        Viewer viewer = viewers.current();
        List<FieldError> errors = new ArrayList<>();
        if (form.kind() == null) {
            errors.add(new FieldError("kind", "Choose the conference"));
        } else if (!MeetingRules.canSetUp(form.kind(), viewer)) {
            throw new ForbiddenException("Only a coordinator of " + form.kind().label() + " sets up its meetings");
        }
        if (form.date() == null) {
            errors.add(new FieldError("date", "Enter the date of the meeting, for example 3 12 2026"));
        } else if (form.date().isBefore(LocalDate.now(LONDON))) {
            errors.add(new FieldError("date", "The date of the meeting must be today or in the future"));
        } else if (form.date().isAfter(LocalDate.now(LONDON).plusYears(MOST_YEARS_AHEAD))) {
            errors.add(new FieldError("date", "The date of the meeting must be within " + MOST_YEARS_AHEAD + " years"));
        }
        if (form.time() == null) {
            errors.add(new FieldError("time", "Enter the start time, for example 10:00"));
        }
        if (blank(form.venue()) && blank(form.videoLink())) {
            errors.add(new FieldError("venue", "Enter the venue or a video link"));
        }
        errors.addAll(checks.errors(form));
        if (!blank(form.videoLink()) && !form.videoLink().trim().startsWith("https://")) {
            errors.add(new FieldError("videoLink", "Enter a video link starting with https://"));
        }
        UserView chair = form.kind() == null || blank(form.chairSubject()) ? null
                : users.holdingKind(form.kind(), Role.CHAIR).stream().filter(u -> u.subject().equals(form.chairSubject())).findFirst()
                        .orElse(null);
        if (chair == null) {
            errors.add(new FieldError("chairSubject", "Choose a chair who chairs this conference"));
        }
        int repeats = form.repeats() == null ? 0 : form.repeats();
        MeetingForm.Rhythm rhythm = form.rhythm() == null ? MeetingForm.Rhythm.ONCE : form.rhythm();
        if (rhythm != MeetingForm.Rhythm.ONCE && (repeats < 1 || repeats > MOST_REPEATS)) {
            errors.add(new FieldError("repeats", "Enter how many more meetings to set up, 1 to " + MOST_REPEATS));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID series = rhythm == MeetingForm.Rhythm.ONCE ? null : UUID.randomUUID();
        List<MeetingView> created = new ArrayList<>();
        ZonedDateTime first = ZonedDateTime.of(form.date(), form.time(), LONDON);
        for (int i = 0; i <= (rhythm == MeetingForm.Rhythm.ONCE ? 0 : repeats); i++) {
            Meeting meeting = new Meeting();
            meeting.id = UUID.randomUUID();
            meeting.kind = form.kind();
            meeting.seriesId = series;
            meeting.startsAt = occurrence(first, rhythm, i).toInstant();
            meeting.venue = trim(form.venue());
            meeting.videoLink = trim(form.videoLink());
            meeting.chairSubject = chair.subject();
            meeting.chairName = chair.displayName();
            meeting.status = Meeting.Status.PLANNED;
            meeting.confidentialityStatement = CONFIDENTIALITY;
            meeting.createdAt = Instant.now();
            meeting.createdBy = viewer.name();
            entityManager.persist(meeting);
            audit.record("meeting.create", ENTITY, meeting.id.toString(), meeting.kind + " " + meeting.startsAt);
            created.add(MeetingView.of(meeting));
        }
        return created;
    }

    /** The i-th meeting of a rhythm: every 14 days, or the same weekday in the same week of each later month. */
    static ZonedDateTime occurrence(ZonedDateTime first, MeetingForm.Rhythm rhythm, int i) {
        return switch (rhythm) {
            case ONCE -> first;
            case FORTNIGHTLY -> first.plusWeeks(2L * i);
            case MONTHLY -> {
                int week = (first.getDayOfMonth() - 1) / 7 + 1;
                LocalDate month = first.toLocalDate().withDayOfMonth(1).plusMonths(i);
                LocalDate day = month.with(TemporalAdjusters.dayOfWeekInMonth(Math.min(week, 4), first.getDayOfWeek()));
                yield ZonedDateTime.of(day, first.toLocalTime(), LONDON);
            }
        };
    }

    /** Meetings of the kinds the reader works with (coordinates, chairs, or whose agency is a member), soonest first. */
    @Transactional
    public List<MeetingView> visible(boolean past) {
        Viewer viewer = viewers.current();
        if (!viewer.hasCaseRole()) {
            return List.of();
        }
        List<ConferenceKind> kinds = Arrays.stream(ConferenceKind.values()).filter(k -> MeetingRules.canSeeKind(k, viewer)).toList();
        Set<UUID> guestOf = viewer.guestMeetings();
        if (kinds.isEmpty() && guestOf.isEmpty()) {
            return List.of();
        }
        Instant cutoff = Instant.now().minus(java.time.Duration.ofHours(12));
        // Empty "in" lists are not portable: a kind or id that matches nothing stands in for them.
        return entityManager.createQuery("from Meeting m where (m.kind in :kinds or m.id in :guestOf) and "
                + (past ? "(m.startsAt < :cutoff or m.status in :ended) order by m.startsAt desc"
                        : "m.startsAt >= :cutoff and m.status not in :ended order by m.startsAt"), Meeting.class)
                .setParameter("ended", List.of(Meeting.Status.HELD, Meeting.Status.APPROVED))
                .setParameter("kinds", kinds.isEmpty() ? List.of(ConferenceKind.values()[0]) : kinds)
                .setParameter("guestOf", guestOf.isEmpty() ? List.of(new UUID(0, 0)) : guestOf)
                .setParameter("cutoff", cutoff).setMaxResults(50).getResultList().stream()
                .filter(m -> MeetingRules.canSee(m.kind, m.id, viewer)).map(MeetingView::of).toList();
    }

    /** Meetings' titles by id ("MARAC, 24 Nov 2026 10:00"): no personal data, so no access rule, for action filters. */
    @Transactional
    public java.util.Map<UUID, String> titles(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return entityManager.createQuery("from Meeting where id in :ids order by startsAt", Meeting.class).setParameter("ids", ids)
                .getResultList().stream().collect(java.util.stream.Collectors.toMap(m -> m.id, m -> MeetingView.of(m).title(),
                        (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Transactional
    public MeetingView get(UUID id) {
        Meeting meeting = load(id);
        if (!MeetingRules.canSee(meeting.kind, meeting.id, viewers.current())) {
            throw new ForbiddenException("This meeting is not one of your conferences");
        }
        return MeetingView.of(meeting);
    }

    /** The meeting, for a coordinator of its kind; locked so two coordinators do not build one agenda at once. */
    Meeting forCoordinator(UUID id) {
        Meeting meeting = entityManager.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw new NotFoundProblem("No meeting " + id);
        }
        if (!MeetingRules.canSetUp(meeting.kind, viewers.current())) {
            throw new ForbiddenException("Only a coordinator of " + meeting.kind.label() + " changes this meeting");
        }
        return meeting;
    }

    /** The meeting, for its chair or a coordinator of its kind. */
    Meeting forChairOrCoordinator(UUID id) {
        Meeting meeting = load(id);
        Viewer viewer = viewers.current();
        if (!MeetingRules.runs(meeting.kind, viewer)) {
            throw new ForbiddenException("Only the chair or a coordinator of " + meeting.kind.label() + " runs this meeting");
        }
        return meeting;
    }

    Meeting load(UUID id) {
        Meeting meeting = entityManager.find(Meeting.class, id);
        if (meeting == null) {
            throw new NotFoundProblem("No meeting " + id);
        }
        return meeting;
    }

    /** The chairs who may chair meetings of this kind, for the set-up form. */
    @Transactional
    public List<UserView> chairs(ConferenceKind kind) {
        return users.holdingKind(kind, Role.CHAIR);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }
}
