package org.wealthcrm.web.customer;

import java.util.Arrays;

/**
 * The columns the customer list can be sorted by. The mapper XML turns each into its column in a {@code <choose>};
 * request text never reaches the SQL.
 */
enum CustomerSort {
    CUST_ID, NAME, MOBILE, AUM, AUM_AVG_30, TIER, INTERVAL, ACTIVITY, COVERAGE;

    /** The sort named by a request parameter ({@code aum_avg_30}, case-insensitive), AUM when unknown. */
    static CustomerSort fromParameter(String value) {
        return Arrays.stream(values())
                .filter(sort -> sort.name().equalsIgnoreCase(value))
                .findFirst()
                .orElse(AUM);
    }

    /** The request parameter value of this sort. */
    public String parameter() {
        return name().toLowerCase();
    }
}
