package org.roundtable.report.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.roundtable.referral.CaseLists;
import org.roundtable.access.Viewers;
import org.roundtable.report.ReportAccess;
import org.roundtable.web.Clocks;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;

/** The dashboard for its readers (coordinators and chairs of the kind, administrators, auditors): every look audited. */
@ApplicationScoped
public class DashboardService {

    static final String REPORT = "dashboard";
    static final String CASES = "dashboard.cases";
    static final int PAGE_SIZE = 50;

    /** The cases behind one count, cut to those the reader may see, one page of them. */
    public record CaseList(String title, String agencyCode, String figureQuery, long total, long visible, List<CaseLists.CaseLine> page,
            int pageNumber, int pages) {
        public int previousPage() {
            return pageNumber - 1;
        }

        public int nextPage() {
            return pageNumber + 1;
        }
    }

    @Inject
    DashboardFigures figures;

    @Inject
    ReportAccess access;

    @Inject
    CaseLists caseLists;

    @Inject
    Viewers viewers;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public Dashboard read(DashboardQuery query) {
        access.requireReader(query.kind(), REPORT);
        Dashboard dashboard = figures.compute(query.kind(), query.period());
        access.viewed(REPORT, query.audited());
        return dashboard;
    }

    /** A download of the dashboard's figures; small counts are suppressed by the caller's format. */
    @Transactional
    public Dashboard download(DashboardQuery query, String format) {
        access.requireReader(query.kind(), REPORT);
        Dashboard dashboard = figures.compute(query.kind(), query.period());
        access.downloaded(REPORT, format, query.audited());
        return dashboard;
    }

    /** Whether counts lead to lists of cases: administrators and auditors see no case content, so not for them. */
    public boolean listsCases() {
        return viewers.current().hasCaseRole();
    }

    @Transactional
    public CaseList cases(DashboardQuery query, String figure, String agency, String meeting, String page) {
        access.requireReader(query.kind(), REPORT);
        CaseSet set = CaseSet.fromSlug(figure == null ? "" : figure.trim());
        List<FieldError> errors = new ArrayList<>();
        if (set == null) {
            errors.add(new FieldError("figure", "Choose a figure of the dashboard"));
        } else if (set.needsAgency && (agency == null || agency.isBlank())) {
            errors.add(new FieldError("agency", "Choose an agency"));
        }
        UUID meetingId = set != null && set.needsMeeting ? meetingId(meeting, errors) : null;
        int pageNumber = pageNumber(page, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Query select = entityManager.createNativeQuery("select s.id from (" + set.sql + ") s join referral o on o.id = s.id"
                + " order by o.submitted_at, o.id", UUID.class)
                .setParameter("kind", query.kind().name()).setParameter("from", query.period().startsAt())
                .setParameter("before", query.period().endsBefore());
        if (set.needsAgency) {
            select.setParameter("agency", agency.trim());
        }
        if (set.needsMeeting) {
            select.setParameter("meeting", meetingId);
        }
        if (set.needsToday()) {
            select.setParameter("today", Clocks.today(clock));
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = select.getResultList();
        List<CaseLists.CaseLine> visible = caseLists.visible(ids);
        int pages = Math.max(1, (visible.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(pageNumber, pages);
        List<CaseLists.CaseLine> onPage = visible.subList((shown - 1) * PAGE_SIZE, Math.min(visible.size(), shown * PAGE_SIZE));
        String figureQuery = "figure=" + set.slug() + (set.needsAgency ? "&agency=" + URLEncoder.encode(agency.trim(), StandardCharsets.UTF_8) : "")
                + (set.needsMeeting ? "&meeting=" + meetingId : "");
        access.viewedCases(CASES, query.audited() + "; " + figureQuery.replace("&", "; ") + "; listed=" + visible.size() + " of " + ids.size(),
                onPage.stream().map(CaseLists.CaseLine::id).toList());
        return new CaseList(set.title, set.needsAgency ? agency.trim() : null, figureQuery, ids.size(), visible.size(), onPage, shown, pages);
    }

    private static UUID meetingId(String meeting, List<FieldError> errors) {
        try {
            return UUID.fromString(meeting == null ? "" : meeting.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("meeting", "Choose a meeting of the dashboard"));
            return null;
        }
    }

    private static int pageNumber(String page, List<FieldError> errors) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.trim());
            if (number >= 1 && number <= 100_000) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("page", "Page must be a whole number from 1"));
        return 1;
    }
}
