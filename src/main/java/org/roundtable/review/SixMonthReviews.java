package org.roundtable.review;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditService;
import org.roundtable.referral.ReferralState;
import org.roundtable.access.Viewer;
import org.roundtable.access.Viewers;
import org.roundtable.web.Clocks;
import org.roundtable.web.FieldError;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.NotFoundProblem;
import org.roundtable.web.StaleEditException;

/**
 * The ASBRAC six-month review: six months after a case is first heard (Europe/London dates, by the {@link Clock}
 * bean), it appears in its coordinators' due list until they answer the two questions. Only coordinators of the
 * ASBRAC read and record reviews; a refusal is audited, and so is every answer and change.
 */
@ApplicationScoped
public class SixMonthReviews {

    static final String RECORD = "referral";

    private static final String SCHEDULE = """
            select referral_id, reference, state, heard_on, due_on, further_incidents, closed_risk_reduced
            from six_month_review_schedule""";

    @Inject
    EntityManager entityManager;

    @Inject
    Viewers viewers;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** Cases whose review is due today or was due earlier and is not yet recorded, the longest waiting first. */
    @Transactional
    public List<DueReview> due() {
        requireAsbracCoordinator(null);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SCHEDULE
                + " where further_incidents is null and due_on <= :today order by due_on, reference")
                .setParameter("today", today()).getResultList();
        List<DueReview> due = rows.stream().map(r -> new DueReview((UUID) r[0], (String) r[1], ReferralState.valueOf((String) r[2]),
                date(r[3]), date(r[4]))).toList();
        audit.recordList("six-month-review.list", RECORD, due.stream().map(DueReview::referralId).toList(), due.size() + " due");
        return due;
    }

    @Transactional
    public ReviewView get(UUID referralId) {
        requireAsbracCoordinator(referralId);
        ReviewView view = view(referralId);
        audit.record("six-month-review.view", RECORD, referralId.toString(), view.recorded() ? "recorded" : "not recorded");
        return view;
    }

    /**
     * Records the answers (version 0: the first time) or changes them (the version read). Before the review is due,
     * 409: the questions are about the six months after the hearing.
     */
    @Transactional
    public ReviewView record(UUID referralId, ReviewAnswers answers, long expectedVersion) {
        Viewer viewer = requireAsbracCoordinator(referralId);
        List<FieldError> errors = new ArrayList<>();
        if (answers == null || answers.furtherIncidents() == null) {
            errors.add(new FieldError("furtherIncidents", "Say whether further incidents were reported in the six months"));
        }
        if (answers == null || answers.closedWithRiskReduced() == null) {
            errors.add(new FieldError("closedWithRiskReduced", "Say whether the case was closed with the risk reduced"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // Lock the recorded answers (if any) before reading the version, so two colleagues saving at once meet each
        // other as a stale edit; two first answers at once meet the primary key, which is a lost race (409) too.
        SixMonthReview review = entityManager.find(SixMonthReview.class, referralId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        ReviewView before = view(referralId);
        if (!before.due()) {
            throw new IllegalStateChangeException("The six-month review of " + before.reference() + " is due on " + before.dueOn()
                    + "; it can be recorded from then.");
        }
        if (before.version() != expectedVersion) {
            throw new StaleEditException("Someone recorded this review since you read it (version " + expectedVersion + ", now "
                    + before.version() + "). Read it again and decide.", before);
        }
        boolean first = review == null;
        if (first) {
            review = new SixMonthReview();
            review.referralId = referralId;
        }
        review.furtherIncidents = answers.furtherIncidents();
        review.closedWithRiskReduced = answers.closedWithRiskReduced();
        review.recordedAt = clock.instant();
        review.recordedBySubject = viewer.subject();
        review.recordedByName = viewer.name();
        if (first) {
            entityManager.persist(review);
        }
        entityManager.flush();
        ReviewView after = view(referralId);
        audit.record(first ? "six-month-review.record" : "six-month-review.change", RECORD, referralId.toString(),
                first ? after.describe() : "before: " + before.describe() + " | after: " + after.describe());
        return after;
    }

    private ReviewView view(UUID referralId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SCHEDULE + " where referral_id = :id").setParameter("id", referralId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundProblem("No heard ASBRAC case with this id: the six-month review is for ASBRAC cases once heard");
        }
        Object[] r = rows.get(0);
        LocalDate dueOn = date(r[4]);
        SixMonthReview review = entityManager.find(SixMonthReview.class, referralId);
        return new ReviewView(referralId, (String) r[1], ReferralState.valueOf((String) r[2]), date(r[3]), dueOn, !today().isBefore(dueOn),
                (Boolean) r[5], (Boolean) r[6], review == null ? null : review.recordedAt, review == null ? null : review.recordedByName,
                review == null ? 0 : review.version + 1);
    }

    private Viewer requireAsbracCoordinator(UUID referralId) {
        Viewer viewer = viewers.current();
        if (!viewer.coordinates(ConferenceKind.ASBRAC)) {
            audit.recordRefusal("six-month-review.denied", RECORD, referralId == null ? null : referralId.toString(),
                    "not a coordinator of the ASBRAC");
            throw new ForbiddenException("Six-month reviews are for the ASBRAC's coordinators");
        }
        return viewer;
    }

    private LocalDate today() {
        return Clocks.today(clock);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
