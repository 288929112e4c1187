package org.wealthcrm.web.security;

import java.util.List;

/** A new password the policy refuses; the message lists every broken rule, joined by {@code ；}. */
public class PasswordRefused extends IllegalArgumentException {

    public PasswordRefused(List<String> reasons) {
        super(String.join("；", reasons));
    }
}
