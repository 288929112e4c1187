package org.wealthcrm.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user and what the nav bar may show into every page's model. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    CrmUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CrmUser user ? user : null;
    }

    @ModelAttribute("canSeeOperations")
    boolean canSeeOperations() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> switch (authority.getAuthority()) {
                    case "ROLE_OPERATIONS", "ROLE_ADMIN", "ROLE_HEAD_OFFICE" -> true;
                    default -> false;
                });
    }
}
