package org.wealthcrm.web.workbench;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells pages whether to offer administrator actions (e.g. the pool's 退回公海); the menu comes from Route. */
@ControllerAdvice
class WorkbenchNavAdvice {

    @ModelAttribute("isAdmin")
    boolean isAdmin() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }
}
