package org.wealthcrm.web.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** 修改密码 /account/password: every user changes the own password here (and must, after a creation or reset). */
@Controller
class PasswordController {

    static final String PATH = "/account/password";

    private final Passwords passwords;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping(PATH)
    String form() {
        return "account/password";
    }

    @PostMapping(PATH)
    String change(@AuthenticationPrincipal CrmUser user, @RequestParam String currentPassword,
                  @RequestParam String newPassword, @RequestParam String confirmPassword,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        try {
            passwords.change(user.getUsername(), currentPassword, newPassword, confirmPassword);
        } catch (PasswordRefused refused) {
            flash.addFlashAttribute("refusal", refused.getMessage());
            return "redirect:" + PATH;
        }
        signInAgainAs(user.withPasswordChanged(), request, response);
        flash.addFlashAttribute("notice", "密码已修改");
        return "redirect:/";
    }

    /** Replaces the session's principal by the one no longer forced to change the password. */
    private void signInAgainAs(CrmUser user, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
