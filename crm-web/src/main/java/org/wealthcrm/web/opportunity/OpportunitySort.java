package org.wealthcrm.web.opportunity;

import java.util.Arrays;

/**
 * The columns the opportunity list sorts by. The mapper XML turns each into its column in a {@code <choose>};
 * request text never reaches the SQL.
 */
enum OpportunitySort {
    SUBJECT, CUSTOMER, CATEGORY, AMOUNT, SIGN_DATE, SOURCE, STAGE, PROBABILITY, WEIGHTED, DAYS, OWNER;

    /** The sort named by a request parameter ({@code sign_date}, case-insensitive), SIGN_DATE when unknown. */
    static OpportunitySort fromParameter(String value) {
        return Arrays.stream(values()).filter(sort -> sort.name().equalsIgnoreCase(value)).findFirst()
                .orElse(SIGN_DATE);
    }

    public String parameter() {
        return name().toLowerCase();
    }
}
