package org.wealthcrm.web.targetlist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Investor suitability: a customer of risk level Cn may be offered products rated up to Rn, and only with a valid
 * assessment (a level, and an evaluation date no more than {@code validDays} before the business date).
 * Customer levels are read by their digit: {@code C3} (and {@code R3} as some source feeds spell it) is level 3.
 */
record Suitability(int validDays) {

    enum Verdict { SUITABLE, NO_ASSESSMENT, UNSUITABLE }

    Verdict judge(String customerLevel, LocalDate evaluated, String productRating, LocalDate businessDate) {
        int level = digit(customerLevel);
        if (level == 0 || evaluated == null || evaluated.isBefore(businessDate.minusDays(validDays))) {
            return Verdict.NO_ASSESSMENT;
        }
        int rating = digit(productRating);
        return level >= rating ? Verdict.SUITABLE : Verdict.UNSUITABLE;
    }

    /** 1..5 for C1..C5 / R1..R5, 0 for anything else (empty, unknown). */
    static int digit(String code) {
        if (code == null || code.trim().length() != 2) {
            return 0;
        }
        String c = code.trim().toUpperCase();
        char prefix = c.charAt(0);
        char d = c.charAt(1);
        return (prefix == 'C' || prefix == 'R') && d >= '1' && d <= '5' ? d - '0' : 0;
    }

    /** The stored customer levels at least {@code min}: C{min}..C5 and R{min}..R5. */
    static List<String> levelsFrom(int min) {
        List<String> levels = new ArrayList<>();
        for (int n = min; n <= 5; n++) {
            levels.add("C" + n);
            levels.add("R" + n);
        }
        return levels;
    }
}
