package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void aFieldIsQuotedOnlyWhenItMustBeAndAFormulaIsDisarmed() {
        assertEquals("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",'=SUM(A1),\r\n",
                Csv.row(java.util.Arrays.asList("plain", "a, b", "say \"hi\"", "two\nlines", "=SUM(A1)", null)));
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() throws Csv.Malformed {
        List<String> fields = List.of("TFMV & Interference", "a, b", "say \"hi\"", "two\r\nlines", "");
        assertEquals(List.of(fields, fields), Csv.parse(Csv.row(fields) + Csv.row(fields)));
    }

    @Test
    void spreadsheetsLineEndsAByteOrderMarkAndBlankLinesAreRead() throws Csv.Malformed {
        assertEquals(List.of(List.of("name", "fear"), List.of(""), List.of("Arson", "3")), Csv.parse("\uFEFFname,fear\n\r\nArson,3"));
        assertEquals(List.of(List.of("a", "b"), List.of("c", "")), Csv.parse("a,b\rc,\r"));
    }

    @Test
    void anUnclosedOrStrayQuoteNamesItsRow() {
        Csv.Malformed unclosed = assertThrows(Csv.Malformed.class, () -> Csv.parse("name\r\nok\r\n\"Arson,3\r\n"));
        assertEquals(3, unclosed.row());
        Csv.Malformed stray = assertThrows(Csv.Malformed.class, () -> Csv.parse("name\r\n\"Ars\"on\",3\r\n"));
        assertEquals(2, stray.row());
    }
}
