package org.wealthcrm.web.audit;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Appends every sign-in attempt (time, user, IP, result) to the tamper-evident login log. */
@Component
class LoginAuditListener {

    private final AuditChains chains;
    private final Clock clock;

    LoginAuditListener(AuditChains chains, Clock clock) {
        this.chains = chains;
        this.clock = clock;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        append(event.getAuthentication(), "SUCCESS");
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        append(event.getAuthentication(), resultOf(event));
    }

    static String resultOf(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof LoginRefusal refusal) {
            return refusal.reason();
        }
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return "BAD_CREDENTIALS";
        }
        if (event instanceof AuthenticationFailureDisabledEvent) {
            return "DISABLED";
        }
        return event instanceof AuthenticationFailureLockedEvent ? "LOCKED" : "FAILURE";
    }

    private void append(Authentication authentication, String result) {
        String ip = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        String username = authentication.getName() == null ? "" : authentication.getName();
        chains.append(ChainTable.LOGIN_LOG, LocalDateTime.now(clock), truncate(username, 40), ip, result);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
