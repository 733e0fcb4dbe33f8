package org.roundtable.report.datareturn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The return as an XLSX workbook with the same cells as the CSV: text for the name, a real date shown as
 * yyyy-mm-dd, numbers for counts and empty cells where nothing was collected.
 */
final class DataReturnXlsx {

    static final String SHEET = "MARAC data return";

    private DataReturnXlsx() {
    }

    static byte[] of(List<DataReturnRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < DataReturnColumns.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(DataReturnColumns.HEADERS.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = DataReturnColumns.cells(rows.get(r));
                for (int i = 0; i < cells.size(); i++) {
                    Object value = cells.get(i);
                    if (value instanceof Long count) {
                        row.createCell(i).setCellValue(count);
                    } else if (value instanceof LocalDate day) {
                        row.createCell(i).setCellValue(day);
                        row.getCell(i).setCellStyle(date);
                    } else if (value != null) {
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(2, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the MARAC data return as XLSX", e);
        }
    }
}
