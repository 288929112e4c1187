package org.wealthcrm.web.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list as an .xlsx sheet with Apache POI's streaming workbook (100 rows in memory at a time), so long lists
 * do not fill the heap. Numbers stay numbers; everything else is written as text that cannot start a formula
 * ({@link SpreadsheetText}).
 */
public final class ExcelSheets {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int WINDOW = 100;

    private ExcelSheets() {
    }

    public static void write(OutputStream out, String sheetName, List<String> headers, List<List<Object>> rows)
            throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW)) {
            Sheet sheet = book.createSheet(sheetName);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(SpreadsheetText.neutralised(headers.get(i)));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    set(row.createCell(i), values.get(i));
                }
            }
            book.write(out);
        }
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(SpreadsheetText.neutralised(value.toString()));
        }
    }
}
