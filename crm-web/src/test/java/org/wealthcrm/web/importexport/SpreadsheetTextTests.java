package org.wealthcrm.web.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Export cells cannot start a formula (OWASP CSV injection); numbers stay numbers. */
class SpreadsheetTextTests {

    @Test
    void neutralisedWhenTextStartsWithFormulaCharacterThenSingleQuoteInFront() {
        assertThat(SpreadsheetText.neutralised("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetText.neutralised("+86 13800000000")).isEqualTo("'+86 13800000000");
        assertThat(SpreadsheetText.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.neutralised("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(SpreadsheetText.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.neutralised("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void neutralisedWhenOrdinaryTextThenUnchanged() {
        assertThat(SpreadsheetText.neutralised("张三")).isEqualTo("张三");
        assertThat(SpreadsheetText.neutralised("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetText.neutralised("")).isEqualTo("");
        assertThat(SpreadsheetText.neutralised(null)).isNull();
    }

    @Test
    void excelSheetWhenTextCellsLookLikeFormulasThenQuotedButNegativeNumbersStayNumeric() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelSheets.write(out, "客户清单", List.of("客户号", "=备注"), List.of(
                Arrays.asList("=cmd|' /C calc'!A0", new BigDecimal("-1250.50")),
                Arrays.asList("@SUM(A1)", -3),
                Arrays.asList("C001", "-3")));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("'=备注");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(-1250.5);
            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("'@SUM(A1)");
            assertThat(second.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(-3.0);
            Row third = sheet.getRow(3);
            assertThat(third.getCell(0).getStringCellValue()).isEqualTo("C001");
            assertThat(third.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(third.getCell(1).getStringCellValue()).isEqualTo("'-3");
        }
    }
}
