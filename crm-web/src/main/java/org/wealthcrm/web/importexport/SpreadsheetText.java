package org.wealthcrm.web.importexport;

/**
 * Text for a spreadsheet cell (Excel and CSV exports) that a spreadsheet cannot run as a formula (OWASP "CSV
 * injection"): text starting with {@code = + - @}, a tab or a carriage return gets a leading single quote, so
 * {@code =HYPERLINK(...)} shows as the text {@code '=HYPERLINK(...)}. Numbers are not text and stay numbers.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    public static String neutralised(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
