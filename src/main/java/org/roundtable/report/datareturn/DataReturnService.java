package org.roundtable.report.datareturn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.report.ReportAccess;
import org.roundtable.report.ReportPeriod;

/**
 * The MARAC data return and its one-page summary, for the readers {@link ReportAccess} allows: every look and every
 * download is audited with the period that chose the rows.
 */
@ApplicationScoped
public class DataReturnService {

    static final String REPORT = "marac-data-return";
    static final String SUMMARY = "marac-summary";

    /** The period and the partnership's figures for it beside the national ones. */
    public record Summary(String periodLabel, java.time.LocalDate from, java.time.LocalDate to, String maracName,
            PartnershipFigures partnership, NationalFigures.View national) {
    }

    @Inject
    ReportAccess access;

    @Inject
    DataReturnQuery query;

    @Inject
    ReturnSettings settings;

    @Inject
    NationalFigures national;

    /** The rows on screen or through the API. */
    @Transactional
    public List<DataReturnRow> rows(ReportPeriod period) {
        access.requireReader(ConferenceKind.MARAC, REPORT);
        List<DataReturnRow> rows = query.rows(period, settings.get().maracName());
        access.viewed(REPORT, parameters(period));
        return rows;
    }

    /** The rows for a file taken away; the download is audited with its format and period. */
    @Transactional
    public List<DataReturnRow> download(ReportPeriod period, String format) {
        access.requireReader(ConferenceKind.MARAC, REPORT);
        List<DataReturnRow> rows = query.rows(period, settings.get().maracName());
        access.downloaded(REPORT, format, parameters(period));
        return rows;
    }

    @Transactional
    public Summary summary(ReportPeriod period) {
        access.requireReader(ConferenceKind.MARAC, SUMMARY);
        Summary summary = new Summary(period.label(), period.from(), period.to(), settings.get().maracName(), query.totals(period),
                national.get());
        access.viewed(SUMMARY, parameters(period));
        return summary;
    }

    /** The settings and national figures, for readers of the report (they hold no case data). */
    @Transactional
    public ReturnSettings.View settings() {
        access.requireReader(ConferenceKind.MARAC, REPORT);
        return settings.get();
    }

    @Transactional
    public NationalFigures.View nationalFigures() {
        access.requireReader(ConferenceKind.MARAC, SUMMARY);
        return national.get();
    }

    static String parameters(ReportPeriod period) {
        return "period=" + period.label() + "; from=" + period.from() + "; to=" + period.to();
    }
}
