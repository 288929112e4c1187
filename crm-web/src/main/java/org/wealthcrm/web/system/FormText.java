package org.wealthcrm.web.system;

/** Trimming and length checks of free text typed into the forms (validated domain objects use it). */
public final class FormText {

    private FormText() {
    }

    public static String required(String value, int max, String message) {
        String text = optional(value, max, message);
        if (text == null) {
            throw new IllegalArgumentException(message);
        }
        return text;
    }

    public static String optional(String value, int max, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new IllegalArgumentException(message);
        }
        return text;
    }
}
