package org.wealthcrm.contract.extract;

/** Allocation-free checks of the contract's value formats. */
final class Values {

    private Values() {
    }

    /** Eight digits at {@code from} forming a real calendar date YYYYMMDD (years 1000-9999). */
    static boolean isDate(String s, int from) {
        if (s.length() < from + 8 || !allDigits(s, from, from + 8)) {
            return false;
        }
        int year = number(s, from, from + 4);
        int month = number(s, from + 4, from + 6);
        int day = number(s, from + 6, from + 8);
        return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
    }

    static boolean isTimestamp(String s) {
        return s.length() == 14 && isDate(s, 0) && allDigits(s, 8, 14)
            && number(s, 8, 10) < 24 && number(s, 10, 12) < 60 && number(s, 12, 14) < 60;
    }

    /** {@code N(p,s)}: optional '-', 1..p-s integer digits, then for s > 0 a '.' and exactly s digits. */
    static boolean isDecimal(String s, int precision, int scale) {
        int start = s.startsWith("-") ? 1 : 0;
        int integerDigits = s.length() - start - (scale > 0 ? scale + 1 : 0);
        if (integerDigits < 1 || integerDigits > precision - scale) {
            return false;
        }
        int end = start + integerDigits;
        if (!allDigits(s, start, end)) {
            return false;
        }
        return scale == 0 || s.charAt(end) == '.' && allDigits(s, end + 1, s.length());
    }

    static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static int characterCount(String s) {
        return s.codePointCount(0, s.length());
    }

    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + s.charAt(i) - '0';
        }
        return value;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
