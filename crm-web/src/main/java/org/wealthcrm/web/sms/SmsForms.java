package org.wealthcrm.web.sms;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** What the SMS pages read from a request: the signed-in user's roles and a typed list of customer ids. */
final class SmsForms {

    private SmsForms() {
    }

    static List<String> authorities(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    /** Customer ids as typed: separated by commas (also the full-width one) or white space, blanks and repeats dropped. */
    static List<String> ids(String text) {
        return Arrays.stream(text.split("[,，\\s]+")).filter(id -> !id.isBlank()).distinct().toList();
    }
}
