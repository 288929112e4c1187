package org.wealthcrm.web.customer;

import java.math.BigDecimal;

/** One line of the customer list: the customer with its metrics on the as-of date. */
record CustomerRow(String custId, String custName, String mobile, BigDecimal aum, BigDecimal aumAvg30,
                   String tier, String assetInterval, String activityLevel, int coverage, String categories) {

    CustomerRow withMobile(String shownMobile) {
        return new CustomerRow(custId, custName, shownMobile, aum, aumAvg30, tier, assetInterval, activityLevel,
                coverage, categories);
    }
}
