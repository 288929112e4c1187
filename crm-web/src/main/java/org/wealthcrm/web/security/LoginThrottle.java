package org.wealthcrm.web.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Counts failed sign-ins per account (the user name as typed, whether or not it exists, so a lock reveals nothing)
 * and per source address, and says whether a sign-in is refused before its password is even checked.
 */
@Service
class LoginThrottle {

    static final String ACCOUNT = "ACCOUNT";
    static final String ADDRESS = "ADDRESS";
    private static final int SUBJECT_MAX = 64;

    private final LoginSecurityMapper mapper;
    private final SignInRules rules;
    private final Clock clock;

    LoginThrottle(LoginSecurityMapper mapper, SignInRules rules, Clock clock) {
        this.mapper = mapper;
        this.rules = rules;
        this.clock = clock;
    }

    /** The login log result when the account or the address is locked now ({@code LOCKED_ACCOUNT}, ...). */
    Optional<String> refusal(String username, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (rules.accountRule().locked(mapper.find(ACCOUNT, subject(username)), now)) {
            return Optional.of("LOCKED_ACCOUNT");
        }
        if (address != null && rules.addressRule().locked(mapper.find(ADDRESS, subject(address)), now)) {
            return Optional.of("LOCKED_ADDRESS");
        }
        return Optional.empty();
    }

    void recordFailure(String username, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        count(ACCOUNT, subject(username), rules.accountRule(), now);
        if (address != null) {
            count(ADDRESS, subject(address), rules.addressRule(), now);
        }
    }

    /** A successful sign-in (or an administrator's reset) clears the account's count; the address keeps its own. */
    void clearAccount(String username) {
        mapper.delete(ACCOUNT, subject(username));
    }

    private void count(String kind, String subject, LockoutRule rule, LocalDateTime now) {
        FailureCount next = rule.afterFailure(mapper.find(kind, subject), now);
        if (mapper.update(kind, subject, next) == 0) {
            try {
                mapper.insert(kind, subject, next);
            } catch (DuplicateKeyException concurrent) {
                mapper.update(kind, subject, next);
            }
        }
    }

    private static String subject(String value) {
        String text = value == null ? "" : value;
        return text.length() <= SUBJECT_MAX ? text : text.substring(0, SUBJECT_MAX);
    }
}
