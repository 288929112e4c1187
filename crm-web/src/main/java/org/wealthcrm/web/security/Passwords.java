package org.wealthcrm.web.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.DataChangeLog;

/**
 * Sets passwords under the policy: the user's own change (clears the forced change), an administrator's initial
 * password or reset (forces a change at the next sign-in). Every password set is kept in password_history.
 */
@Service
public class Passwords {

    private final UserAccountMapper mapper;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final DataChangeLog changes;
    private final Clock clock;

    Passwords(UserAccountMapper mapper, PasswordPolicy policy, PasswordEncoder encoder, LoginThrottle throttle,
              DataChangeLog changes, Clock clock) {
        this.mapper = mapper;
        this.policy = policy;
        this.encoder = encoder;
        this.throttle = throttle;
        this.changes = changes;
        this.clock = clock;
    }

    /** The user's own change: the current password must match, the new one pass the policy. */
    @Transactional
    public void change(String username, String current, String next, String confirmation) {
        String hash = mapper.findPasswordHash(username);
        if (hash == null || current == null || !encoder.matches(current, hash)) {
            throw new PasswordRefused(List.of("当前密码不正确"));
        }
        if (next == null || !next.equals(confirmation)) {
            throw new PasswordRefused(List.of("两次输入的新密码不一致"));
        }
        store(username, next, false);
        changes.record("app_user", username, "password", null, "CHANGED");
    }

    /** The hash of an administrator's initial password for a new user (checked against the policy). */
    public String initialHash(String username, String initial) {
        refuseIfBroken(username, initial);
        return encoder.encode(initial);
    }

    /** Records a new user's initial hash in the history. */
    public void remember(String username, String hash) {
        mapper.insertHistory(username, hash, LocalDateTime.now(clock));
    }

    /** An administrator's reset: new password, forced change at the next sign-in, the account lock lifted. */
    @Transactional
    public void reset(String username, String password) {
        store(username, password, true);
        throttle.clearAccount(username);
    }

    private void store(String username, String password, boolean mustChange) {
        refuseIfBroken(username, password);
        String hash = encoder.encode(password);
        LocalDateTime now = LocalDateTime.now(clock);
        mapper.updatePassword(username, hash, mustChange, now);
        mapper.insertHistory(username, hash, now);
    }

    private void refuseIfBroken(String username, String password) {
        List<String> wrong = policy.violations(username, password);
        if (!wrong.isEmpty()) {
            throw new PasswordRefused(wrong);
        }
    }
}
