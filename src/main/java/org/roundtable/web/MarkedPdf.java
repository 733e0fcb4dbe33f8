package org.roundtable.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;

/** An A4 PDF with a protective marking at the top of every page and the marking with the page number at the foot. */
public final class MarkedPdf {

    private MarkedPdf() {
    }

    /** Opens a document writing to {@code out}; the caller adds content and closes it. */
    public static Document open(OutputStream out, float sideMargin, String header, Font headerFont, String footer, Font footerFont)
            throws DocumentException {
        Document document = new Document(PageSize.A4, sideMargin, sideMargin, 60, 60);
        PdfWriter.getInstance(document, out);
        HeaderFooter marking = new HeaderFooter(new Phrase(header, headerFont), false);
        marking.setAlignment(Element.ALIGN_CENTER);
        marking.setBorder(0);
        document.setHeader(marking);
        HeaderFooter foot = new HeaderFooter(new Phrase(footer, footerFont), true);
        foot.setAlignment(Element.ALIGN_CENTER);
        foot.setBorder(0);
        document.setFooter(foot);
        document.open();
        return document;
    }
}
