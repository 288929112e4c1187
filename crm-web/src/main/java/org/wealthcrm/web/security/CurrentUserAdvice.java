package org.wealthcrm.web.security;

import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user and what the nav bar may show into every page's model. */
@ControllerAdvice
public class CurrentUserAdvice {

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

    /** The same attributes for views built outside the model attribute cycle (exception handlers). */
    public Map<String, Object> navAttributes() {
        CrmUser user = currentUser();
        return user == null ? Map.of() : Map.of("currentUser", user, "canSeeOperations", canSeeOperations());
    }
}
