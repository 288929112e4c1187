package org.wealthcrm.web.scope;

/** Masks personal numbers for viewers whose scope says so. */
public final class Masking {

    private Masking() {
    }

    /** First 3 and last 4 digits kept: {@code 13812345678} becomes {@code 138****5678}. */
    public static String mobile(String mobile) {
        return keep(mobile, 3, 4);
    }

    /** First 6 and last 4 characters kept: {@code 310101198001011234} becomes {@code 310101********1234}. */
    public static String idNumber(String idNo) {
        return keep(idNo, 6, 4);
    }

    private static String keep(String value, int head, int tail) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
