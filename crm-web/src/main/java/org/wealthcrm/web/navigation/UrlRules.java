package org.wealthcrm.web.navigation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The {@link Route}s as URL rules for the security filter chain, most specific pattern first (so
 * {@code /churn-alerts/overview} is checked before {@code /churn-alerts/**}, {@code /daily-reports} before
 * {@code /daily-reports/**}); equally specific patterns keep the routes' order.
 */
public final class UrlRules {

    /** One pattern guarded with the roles of its route. */
    public record UrlRule(String pattern, String[] roles) {
    }

    private UrlRules() {
    }

    public static List<UrlRule> fromRoutes() {
        List<UrlRule> rules = new ArrayList<>();
        for (Route route : Route.values()) {
            route.patterns().forEach(pattern -> rules.add(new UrlRule(pattern, route.roleNames())));
        }
        Comparator<UrlRule> specificity = Comparator.comparing(
                rule -> PathPatternParser.defaultInstance.parse(rule.pattern()), PathPattern.SPECIFICITY_COMPARATOR);
        rules.sort(specificity);
        return rules;
    }
}
