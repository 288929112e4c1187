package org.wealthcrm.web.navigation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the menu of the signed-in user into every page's model: the routes the user may open, in menu order. */
@ControllerAdvice
public class NavigationAdvice {

    @ModelAttribute("menu")
    public List<MenuSection> menu() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null ? List.of() : menuFor(user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList());
    }

    static List<MenuSection> menuFor(List<String> authorities) {
        List<MenuSection> sections = new ArrayList<>();
        MenuGroup current = null;
        for (Route route : Route.values()) {
            if (!route.openTo(authorities)) {
                continue;
            }
            if (route.group() != current) {
                sections.add(new MenuSection(route.group().label(), new ArrayList<>()));
                current = route.group();
            }
            sections.get(sections.size() - 1).routes().add(route);
        }
        return sections.stream().map(s -> new MenuSection(s.label(), List.copyOf(s.routes()))).toList();
    }
}
