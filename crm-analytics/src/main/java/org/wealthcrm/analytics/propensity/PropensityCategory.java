package org.wealthcrm.analytics.propensity;

import java.util.Locale;

/**
 * The product categories a propensity model is trained for, named as the CRM's product table and target
 * lists name them (WEALTH, FUND). {@code purchaseBit} is the category's bit in the history's purchase_mask;
 * {@code heldMask} the bits of METRICS.md categories (category_mask: WM 4, FMM 8, FBD 16, FEQ 32) it covers.
 */
public enum PropensityCategory {
    WEALTH(1, 4), FUND(2, 8 | 16 | 32);

    public final int purchaseBit;
    public final int heldMask;

    PropensityCategory(int purchaseBit, int heldMask) {
        this.purchaseBit = purchaseBit;
        this.heldMask = heldMask;
    }

    /** Folder name under {@code <models>/propensity/} and suffix of the output column. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PropensityCategory parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--category must be WEALTH or FUND, got " + text);
        }
    }
}
