package org.wealthcrm.web.pool;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bank's public pool rules ({@code crm.pool.*}).
 *
 * @param returnAfterDays a customer whose last follow-up lies this many days before the business date returns
 * @param heldLimit       how many customers claimed from the pool an RM may hold at a time
 * @param claimsPerDay    how many claims an RM may make per business date
 * @param cooldownDays    days the previous owner waits after the return before claiming the customer back
 * @param countingFrom    follow-up days are counted from this date at the earliest (the rule's go-live); optional
 */
@ConfigurationProperties("crm.pool")
record PoolRules(@DefaultValue("90") int returnAfterDays, @DefaultValue("10") int heldLimit,
                 @DefaultValue("5") int claimsPerDay, @DefaultValue("30") int cooldownDays, LocalDate countingFrom) {

    private static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);

    /** Customers last followed up on or before this date return to the pool on {@code businessDate}. */
    LocalDate returnCutoff(LocalDate businessDate) {
        return businessDate.minusDays(returnAfterDays);
    }

    LocalDate countingFloor() {
        return countingFrom == null ? EPOCH : countingFrom;
    }
}
