package org.wealthcrm.web.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** The sessions a user holds now; an administrator's disable or reset ends them (next request: sign in again). */
@Component
public class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Marks every session of {@code username} expired; returns how many there were. */
    public int endAll(String username) {
        return registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof CrmUser user && user.getUsername().equals(username))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .mapToInt(session -> {
                    session.expireNow();
                    return 1;
                }).sum();
    }

    /** How many live sessions {@code username} holds. */
    public long count(String username) {
        return registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof CrmUser user && user.getUsername().equals(username))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .filter(session -> !session.isExpired()).map(SessionInformation::getSessionId).count();
    }
}
