package org.wealthcrm.web.security;

import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page's model (the menu comes from NavigationAdvice). */
@ControllerAdvice
public class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    CrmUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CrmUser user ? user : null;
    }

    /** The same attributes for views built outside the model attribute cycle (exception handlers). */
    public Map<String, Object> navAttributes() {
        CrmUser user = currentUser();
        return user == null ? Map.of() : Map.of("currentUser", user);
    }
}
