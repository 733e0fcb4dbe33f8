package org.roundtable.report.dashboard;

import java.util.Locale;
import org.roundtable.action.ActionSummary;

/**
 * The cases behind each count of the dashboard, as SQL that selects referral ids ({@code id}) with the parameters
 * {@code :kind}, {@code :from} and {@code :before} (the period's instants), and {@code :agency}, {@code :meeting} or
 * {@code :today} where the set names them. The dashboard counts a set and the drill-down lists the same set, so a
 * count and its list cannot disagree.
 */
enum CaseSet {

    RECEIVED("Referrals received", false, false, "select r.id from referral r where " + Where.RECEIVED),
    SCREENED_OUT("Referrals screened out", false, false, """
            select distinct t.referral_id as id from referral_transition t join referral r on r.id = t.referral_id
            where t.to_state = 'SCREENED_OUT' and t.occurred_at >= :from and t.occurred_at < :before
              and r.conference_kind_code = :kind"""),
    HEARD("Cases heard", false, false, "select distinct i.referral_id as id from " + Where.HEARD),
    REPEATS("Repeat referrals", false, false, RECEIVED.sql + " and " + Where.REPEAT),
    FROM_AGENCY("Referrals received from the agency", true, false, RECEIVED.sql + " and r.referring_agency_code = :agency"),
    FROM_POLICE("Referrals received from the police", false, false, RECEIVED.sql + " and " + Where.POLICE),
    WITH_CHILDREN("Cases heard with children in the household", false, false,
            "select h.id from (" + HEARD.sql + ") h where " + Where.HAS_CHILDREN),
    AT_MEETING("Cases heard at the meeting", false, true, """
            select i.referral_id as id from meeting m join agenda_item i on i.meeting_id = m.id
            where m.id = :meeting and m.conference_kind_code = :kind and m.starts_at >= :from and m.starts_at < :before
              and i.status = 'HEARD'"""),
    ACTIONS_OPEN("Cases with open actions of the agency", true, false, actions(ActionSummary.OPEN)),
    ACTIONS_DONE("Cases with actions the agency did", true, false, actions(ActionSummary.DONE)),
    ACTIONS_NOT_DONE("Cases with actions the agency did not do", true, false, actions(ActionSummary.NOT_DONE)),
    ACTIONS_OVERDUE("Cases with overdue actions of the agency", true, false, actions(ActionSummary.OVERDUE));

    /** The conditions the sets are made of, named so that a query counting several sets in one pass uses the same words. */
    static final class Where {
        /** Over {@code referral r}: submitted in the period. */
        static final String RECEIVED = "r.conference_kind_code = :kind and r.submitted_at >= :from and r.submitted_at < :before";
        /** Hearings at the kind's meetings that started in the period. */
        static final String HEARD = "meeting m join agenda_item i on i.meeting_id = m.id where m.conference_kind_code = :kind"
                + " and m.starts_at >= :from and m.starts_at < :before and i.status = 'HEARD'";
        /** Over {@code referral r}: a repeat; one place, so a change to the repeat rule's columns changes one line. */
        static final String REPEAT = "r.is_repeat";
        /** Over {@code referral r}: referred by an agency whose type is police. */
        static final String POLICE = "exists (select 1 from agency a where upper(a.short_code) = upper(r.referring_agency_code)"
                + " and a.agency_type = 'POLICE')";
        /** Over a heard case {@code h}: children in the household. */
        static final String HAS_CHILDREN = "exists (select 1 from referral_person p where p.referral_id = h.id and p.role = 'CHILD')";

        private Where() {
        }
    }

    final String title;
    final boolean needsAgency;
    final boolean needsMeeting;
    final String sql;

    CaseSet(String title, boolean needsAgency, boolean needsMeeting, String sql) {
        this.title = title;
        this.needsAgency = needsAgency;
        this.needsMeeting = needsMeeting;
        this.sql = sql;
    }

    /** The name in a URL: {@code screened-out}. */
    String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static CaseSet fromSlug(String slug) {
        for (CaseSet set : values()) {
            if (set.slug().equals(slug)) {
                return set;
            }
        }
        return null;
    }

    boolean needsToday() {
        return this == ACTIONS_OVERDUE;
    }

    /** The actions set in the period, as {@link ActionSummary} counts them, and the cases they belong to. */
    private static String actions(String status) {
        return "select distinct a.referral_id as id from action a where a.conference_kind_code = :kind and a.created_at >= :from"
                + " and a.created_at < :before and a.owner_agency_code = :agency and " + status;
    }
}
