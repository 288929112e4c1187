package org.wealthcrm.contract.extract;

/** The 18-character resident identity number of GB 11643-1999 and its ISO 7064 MOD 11-2 check digit. */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";

    private IdNumber() {
    }

    /** The check character for the first 17 digits of an identity number. */
    public static char checkDigit(CharSequence first17) {
        if (first17.length() < 17) {
            throw new IllegalArgumentException("need 17 digits, got " + first17.length() + " characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit at position " + (i + 1) + ": '" + c + "'");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** True for 18 characters: 17 digits with a valid birth date in positions 7-14, and the right check digit. */
    public static boolean isValid(String idNo) {
        return problem(idNo) == null;
    }

    /** Why the number is not a valid identity number, or null when it is valid. */
    static String problem(String idNo) {
        if (idNo == null || idNo.length() != 18) {
            return "resident ID must have 18 characters";
        }
        for (int i = 0; i < 17; i++) {
            char c = idNo.charAt(i);
            if (c < '0' || c > '9') {
                return "resident ID must start with 17 digits";
            }
        }
        if (!Values.isDate(idNo, 6)) {
            return "birth date part '" + idNo.substring(6, 14) + "' is not a date";
        }
        return checkDigit(idNo) == idNo.charAt(17) ? null : "bad GB 11643 check digit";
    }
}
