package org.roundtable.conference;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.roundtable.action.ActionView;

/** The minutes as a PDF, marked OFFICIAL-SENSITIVE on every page. */
final class MinutesPdf {

    static final String MARKING = "OFFICIAL-SENSITIVE";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

    private MinutesPdf() {
    }

    static byte[] render(MeetingRecord record, String extractFor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Document document = org.roundtable.web.MarkedPdf.open(out, 50, MARKING, BOLD, MARKING + "   page ", BODY);
            MeetingView meeting = record.meeting();
            document.add(new Paragraph("Minutes: " + meeting.title() + (extractFor == null ? "" : " (extract for " + extractFor + ")"), TITLE));
            line(document, "Date", Meetings.DATE_TIME.format(meeting.startsAt().atZone(Meetings.LONDON)));
            line(document, "Venue", (meeting.venue() == null ? "" : meeting.venue()) + (meeting.videoLink() == null ? "" : " " + meeting.videoLink()));
            line(document, "Chair", meeting.chairName());
            line(document, "Status", meeting.approvedAt() == null ? "Draft, not yet approved"
                    : "Approved by " + meeting.approvedBy() + " on " + DAY.format(meeting.approvedAt().atZone(Meetings.LONDON)));
            document.add(new Paragraph("Attendees", HEADING));
            for (MeetingRecord.Attendee a : record.attendees()) {
                document.add(new Paragraph(a.agencyCode() + ": " + a.name()
                        + (a.acknowledgedAt() == null ? "" : " (confidentiality statement acknowledged)"), BODY));
            }
            document.add(new Paragraph("Apologies", HEADING));
            document.add(new Paragraph(record.apologies().isEmpty() ? "None" : record.apologies().stream()
                    .map(a -> a.agencyCode() + (a.note() == null ? "" : " (" + a.note() + ")")).collect(Collectors.joining(", ")), BODY));
            document.add(new Paragraph("Confidentiality statement", HEADING));
            document.add(new Paragraph(meeting.confidentialityStatement(), BODY));
            for (MeetingRecord.CaseRecord c : record.cases()) {
                caseSection(document, c);
            }
            if (!record.amendments().isEmpty()) {
                document.add(new Paragraph("Amendments after approval", HEADING));
                for (MeetingRecord.Amendment a : record.amendments()) {
                    document.add(new Paragraph(DAY.format(a.at().atZone(Meetings.LONDON)) + ", " + a.byName() + ": " + a.text(), BODY));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The minutes could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static void caseSection(Document document, MeetingRecord.CaseRecord c) throws DocumentException {
        var r = c.referral();
        Paragraph heading = new Paragraph(r.reference() + (c.status() == AgendaItem.Status.DEFERRED ? " (deferred)" : ""), HEADING);
        heading.setSpacingBefore(12);
        document.add(heading);
        if (r.score() != null) {
            line(document, "Risk", r.score().total() + ", " + r.score().band().label() + (r.repeat() == null ? "" : "; repeat"));
        }
        for (MeetingRecord.Research research : c.research()) {
            line(document, research.agencyCode(), research.forMinutes());
        }
        if (c.notes() != null) {
            line(document, "Discussion", c.notes());
        }
        actions(document, "Actions reviewed", c.earlierActions());
        actions(document, "Actions", c.newActions());
        if (c.decision() != null) {
            line(document, "Decision", c.decision() + (c.decisionReason() == null ? "" : ": " + c.decisionReason())
                    + (c.nextReviewOn() == null ? "" : ", next review " + DAY.format(c.nextReviewOn()))
                    + (c.minutesSpent() == null ? "" : " (" + org.roundtable.web.Plurals.counted(c.minutesSpent(), "minute") + ")"));
        }
    }

    private static void actions(Document document, String title, List<ActionView> actions) throws DocumentException {
        if (actions.isEmpty()) {
            return;
        }
        document.add(new Paragraph(title, BOLD));
        PdfPTable table = new PdfPTable(new float[] { 2, 6, 2, 3 });
        table.setWidthPercentage(100);
        for (String header : List.of("Agency", "Action", "Due", "Status")) {
            table.addCell(new Phrase(header, BOLD));
        }
        for (ActionView a : actions) {
            table.addCell(new Phrase(a.ownerAgencyCode(), BODY));
            table.addCell(new Phrase(a.description(), BODY));
            table.addCell(new Phrase(DAY.format(a.dueOn()), BODY));
            table.addCell(new Phrase(a.status().label() + (a.notDoneCategory() == null ? ""
                    : ": " + a.notDoneCategory().label() + ", " + a.notDoneReason()), BODY));
        }
        document.add(table);
    }

    private static void line(Document document, String label, String value) throws DocumentException {
        Paragraph p = new Paragraph();
        p.add(new Chunk(label + ": ", BOLD));
        p.add(new Chunk(nonNull(value), BODY));
        document.add(p);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
