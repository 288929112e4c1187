package org.wealthcrm.web.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.wealthcrm.web.audit.LoginRefusal;

/**
 * Checks the lock-outs before the password: a locked account or address is refused even with the right password
 * (login log {@code LOCKED_ACCOUNT} / {@code LOCKED_ADDRESS}); a wrong password counts against both.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        throttle.refusal(username, address).ifPresent(reason -> {
            throw new LoginRefusal(reason);
        });
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.clearAccount(username);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.recordFailure(username, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
