package org.roundtable.subjectaccess;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/** A subject access export as a PDF marked OFFICIAL-SENSITIVE: each section's rows as labelled lines, then the redaction list. */
final class SubjectAccessPdf {

    static final String MARKING = "OFFICIAL-SENSITIVE: subject access, review and redact before disclosure";
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private SubjectAccessPdf() {
    }

    static byte[] render(SubjectAccess.Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Document document = org.roundtable.web.MarkedPdf.open(out, 40, MARKING, BOLD, "page ", BODY);
            document.add(new Paragraph("Subject access: everything Roundtable holds about person " + report.personId(), TITLE));
            document.add(new Paragraph("Produced " + report.producedAt() + " by " + report.producedBy(), BODY));
            for (Map.Entry<String, String> section : SubjectAccess.TITLES.entrySet()) {
                List<Map<String, Object>> rows = report.sections().getOrDefault(section.getKey(), List.of());
                Paragraph heading = new Paragraph(section.getValue() + " (" + rows.size() + ")", HEADING);
                heading.setSpacingBefore(10);
                document.add(heading);
                if (rows.isEmpty()) {
                    document.add(new Paragraph("None", BODY));
                }
                for (Map<String, Object> row : rows) {
                    PdfPTable table = new PdfPTable(new float[] { 2, 5 });
                    table.setWidthPercentage(100);
                    table.setSpacingBefore(4);
                    row.forEach((column, value) -> {
                        if (value != null) {
                            table.addCell(new Phrase(column.replace('_', ' '), BOLD));
                            table.addCell(new Phrase(String.valueOf(value), BODY));
                        }
                    });
                    document.add(table);
                }
            }
            Paragraph heading = new Paragraph("Other people these records mention: redact before disclosure (" + report.othersMentioned().size()
                    + ")", HEADING);
            heading.setSpacingBefore(10);
            document.add(heading);
            for (SubjectAccess.Mention mention : report.othersMentioned()) {
                Paragraph line = new Paragraph();
                line.add(new Chunk(mention.name(), BOLD));
                line.add(new Chunk(" (" + mention.role().toLowerCase(java.util.Locale.ROOT) + ", " + mention.reference() + ")", BODY));
                document.add(line);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The subject access export could not be rendered", e);
        }
        return out.toByteArray();
    }
}
