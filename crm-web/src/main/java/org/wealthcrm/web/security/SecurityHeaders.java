package org.wealthcrm.web.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of every page. Scripts only from this application ({@code script-src 'self'}: no inline
 * script, no event-handler attributes; page data travels in {@code data-*} attributes or
 * {@code <script type="application/json">} blocks). Styles keep {@code 'unsafe-inline'}: ECharts writes its tooltips
 * as HTML with {@code style} attributes and Bootstrap/ECharts set element styles at run time; an injected style
 * cannot run code, and Thymeleaf escapes every value anyway. HSTS is sent on HTTPS requests only (Spring's rule),
 * frames are refused ({@code DENY} and {@code frame-ancestors 'none'}).
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    private static final long ONE_YEAR_SECONDS = 31_536_000L;

    private SecurityHeaders() {
    }

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(ONE_YEAR_SECONDS))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(options -> { });
    }
}
