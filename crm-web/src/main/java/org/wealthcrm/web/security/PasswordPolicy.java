package org.wealthcrm.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The bank's password rules: a minimum length, not containing the user name, none of the last passwords. */
@Component
class PasswordPolicy {

    private final UserAccountMapper mapper;
    private final PasswordEncoder encoder;
    private final SignInRules rules;

    PasswordPolicy(UserAccountMapper mapper, PasswordEncoder encoder, SignInRules rules) {
        this.mapper = mapper;
        this.encoder = encoder;
        this.rules = rules;
    }

    /** What is wrong with {@code candidate} as the new password of {@code username}, in the user's words. */
    List<String> violations(String username, String candidate) {
        List<String> wrong = new ArrayList<>();
        if (candidate == null || candidate.length() < rules.passwordMinLength()) {
            wrong.add("密码至少 " + rules.passwordMinLength() + " 位");
            return wrong;
        }
        if (candidate.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            wrong.add("密码不能包含用户名");
        }
        if (recentHashes(username).stream().anyMatch(hash -> encoder.matches(candidate, hash))) {
            wrong.add("新密码不能与最近 " + rules.passwordHistory() + " 次使用的密码相同");
        }
        return wrong;
    }

    /** The current hash and the last ones of the history (the current one is normally the newest entry). */
    private List<String> recentHashes(String username) {
        List<String> hashes = new ArrayList<>(mapper.findRecentPasswords(username, rules.passwordHistory()));
        String current = mapper.findPasswordHash(username);
        if (current != null && !hashes.contains(current)) {
            hashes.add(current);
        }
        return hashes;
    }
}
