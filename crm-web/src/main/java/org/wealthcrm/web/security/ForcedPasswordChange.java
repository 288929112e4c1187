package org.wealthcrm.web.security;

import java.io.IOException;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A user whose password an administrator set (created or reset) is sent to the change page on every request until
 * the password is changed; only the change page, sign-out, static files and the error page stay reachable.
 */
class ForcedPasswordChange extends OncePerRequestFilter {

    private static final List<String> OPEN = List.of(PasswordController.PATH, "/logout", "/login", "/error",
            "/favicon.ico");
    private static final List<String> OPEN_PREFIXES = List.of("/css/", "/js/", "/webjars/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (signedIn != null && signedIn.getPrincipal() instanceof CrmUser user && user.isMustChangePassword()
                && !open(path)) {
            response.sendRedirect(request.getContextPath() + PasswordController.PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean open(String path) {
        return OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
