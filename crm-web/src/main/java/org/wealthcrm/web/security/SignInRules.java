package org.wealthcrm.web.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bank's sign-in and password rules ({@code crm.security.*}).
 *
 * @param accountMaxFailures  wrong passwords in a row for one user name before it is locked
 * @param accountLockDuration how long an account stays locked (also the window the failures are counted in)
 * @param addressMaxFailures  wrong passwords from one source address before the address is locked
 * @param addressLockDuration how long an address stays locked
 * @param maxSessions         concurrent sessions per user; signing in once more ends the oldest
 * @param passwordMinLength   the shortest password accepted
 * @param passwordHistory     a new password may not be one of this many last passwords
 */
@ConfigurationProperties("crm.security")
record SignInRules(@DefaultValue("5") int accountMaxFailures, @DefaultValue("15m") Duration accountLockDuration,
                   @DefaultValue("20") int addressMaxFailures, @DefaultValue("15m") Duration addressLockDuration,
                   @DefaultValue("2") int maxSessions, @DefaultValue("12") int passwordMinLength,
                   @DefaultValue("5") int passwordHistory) {

    LockoutRule accountRule() {
        return new LockoutRule(accountMaxFailures, accountLockDuration);
    }

    LockoutRule addressRule() {
        return new LockoutRule(addressMaxFailures, addressLockDuration);
    }
}
