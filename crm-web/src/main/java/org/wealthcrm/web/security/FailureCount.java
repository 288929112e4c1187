package org.wealthcrm.web.security;

import java.time.LocalDateTime;

/** A login_security row: failed sign-ins counted so far, the last one, and the end of the lock (null: not locked). */
record FailureCount(int failures, LocalDateTime lastFailureAt, LocalDateTime lockedUntil) {
}
