package org.wealthcrm.web.security;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.wealthcrm.web.audit.LoginRefusal;
import org.wealthcrm.web.navigation.UrlRules;

/**
 * Form login against app_user, every page behind it, CSRF on (the default); each page's URLs open only to the roles
 * of its {@link org.wealthcrm.web.navigation.Route} (the same rules build the menu). Sign-in goes through the lock-outs
 * ({@link ThrottledAuthentication}); the session id changes at sign-in, a user holds at most
 * {@code crm.security.max-sessions} sessions (the oldest ends), idle sessions end after
 * {@code server.servlet.session.timeout}; a password set by an administrator must be changed first.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInRules.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
                                            LoginThrottle throttle, AuthenticationEventPublisher events,
                                            SessionRegistry sessions, SignInRules rules) throws Exception {
        ProviderManager manager = new ProviderManager(throttledAuthentication(users, encoder, throttle));
        manager.setAuthenticationEventPublisher(events);
        http.authenticationManager(manager)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error")
                            .permitAll();
                    // the load balancer's probes; health details, info and metrics for operations only
                    requests.requestMatchers("/actuator/health/liveness", "/actuator/health/readiness").permitAll();
                    requests.requestMatchers("/actuator/**").hasAnyRole("OPERATIONS", "ADMIN");
                    for (UrlRules.UrlRule rule : UrlRules.fromRoutes()) {
                        requests.requestMatchers(rule.pattern()).hasAnyRole(rule.roles());
                    }
                    requests.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(rules.maxSessions())
                        .sessionRegistry(sessions)
                        .expiredUrl("/login?expired"))
                .headers(SecurityHeaders::configure)
                .addFilterAfter(new ForcedPasswordChange(), AuthorizationFilter.class);
        return http.build();
    }

    /** Not a bean: Spring would otherwise also put it into its global authentication manager. */
    private static ThrottledAuthentication throttledAuthentication(UserDetailsService users, PasswordEncoder encoder,
                                                                   LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthentication(passwords, throttle);
    }

    /** Spring's publisher, also telling a lock-out refusal as a "locked" failure (the login log reads its reason). */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(Map.of(LoginRefusal.class, AuthenticationFailureLockedEvent.class));
        return events;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the container ends a session (sign-out, idle timeout). */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** bcrypt for new hashes ({@code {bcrypt}...}); an unprefixed hash is read as bcrypt too. */
    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder =
                (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
        return encoder;
    }
}
