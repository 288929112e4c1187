package org.wealthcrm.web.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an uploaded .xlsx (or .xls) as text rows: the first row is the header, blank rows are
 * skipped, date cells become ISO text ({@code 2026-11-20} or {@code 2026-11-20T15:30}), numbers lose their grouping
 * so long digit strings (mobiles) come back as typed.
 */
public final class ExcelRows {

    /** Rows (without the header) one file may hold unless told otherwise ({@code crm.import.max-rows}). */
    public static final int DEFAULT_MAX_ROWS = 10_000;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private ExcelRows() {
    }

    /** One row: its number as Excel shows it (the header is row 1) and its cells as trimmed text. */
    public record Line(int rowNo, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    public static List<Line> read(InputStream in, int columns) throws IOException {
        return read(in, columns, DEFAULT_MAX_ROWS);
    }

    /** The non-blank rows; more than {@code maxRows} of them is refused with a message for the page. */
    public static List<Line> read(InputStream in, int columns, int maxRows) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (Workbook book = open(in)) {
            Sheet sheet = book.getSheetAt(0);
            List<Line> lines = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = cells(sheet.getRow(r), columns, formatter);
                if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                    lines.add(new Line(r + 1, cells));
                }
                if (lines.size() > maxRows) {
                    throw new IllegalArgumentException("文件超过" + maxRows + "行的上限，请拆分成多个文件后导入");
                }
            }
            return lines;
        }
    }

    private static Workbook open(InputStream in) {
        try {
            return WorkbookFactory.create(in);
        } catch (IOException | RuntimeException unreadable) {
            throw new IllegalArgumentException("不是有效的Excel文件");
        }
    }

    private static List<String> cells(Row row, int columns, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            Cell cell = row == null ? null : row.getCell(c);
            cells.add(cell == null ? "" : text(cell, formatter));
        }
        return cells;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
                    : value.format(DATE_TIME);
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return new BigDecimal(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell).strip();
    }
}
