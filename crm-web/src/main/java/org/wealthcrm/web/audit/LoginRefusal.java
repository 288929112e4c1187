package org.wealthcrm.web.audit;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused before its password was checked (account or source address locked after repeated failures);
 * {@link #reason()} is what the login log records, the user sees only the generic failure message.
 */
public class LoginRefusal extends LockedException {

    private final String reason;

    public LoginRefusal(String reason) {
        super("sign-in refused");
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
