package org.wealthcrm.web.security;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Locks a subject (an account or a source address) for {@code lockFor} once it has {@code maxFailures} failed
 * sign-ins, each within {@code lockFor} of the previous one; the lock starts with the failure that reaches the limit.
 */
record LockoutRule(int maxFailures, Duration lockFor) {

    boolean locked(FailureCount count, LocalDateTime now) {
        return count != null && count.lockedUntil() != null && now.isBefore(count.lockedUntil());
    }

    FailureCount afterFailure(FailureCount count, LocalDateTime now) {
        boolean stale = count == null || count.lastFailureAt() == null
                || !now.isBefore(count.lastFailureAt().plus(lockFor));
        int failures = stale ? 1 : count.failures() + 1;
        if (failures >= maxFailures) {
            return new FailureCount(0, now, now.plus(lockFor));
        }
        return new FailureCount(failures, now, null);
    }
}
