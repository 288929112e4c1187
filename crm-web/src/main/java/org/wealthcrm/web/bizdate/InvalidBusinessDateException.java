package org.wealthcrm.web.bizdate;

/** The request's {@code date} is not a date of the form yyyy-MM-dd. */
public class InvalidBusinessDateException extends RuntimeException {

    public InvalidBusinessDateException(String text) {
        super("业务日期格式应为 yyyy-MM-dd（例如 2026-11-20），收到：" + abbreviated(text));
    }

    private static String abbreviated(String text) {
        String shown = text.strip();
        return shown.length() <= 20 ? shown : shown.substring(0, 20) + "…";
    }
}
