package org.wealthcrm.web.bizdate;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class BusinessDateWebConfiguration implements WebMvcConfigurer {

    private final BusinessDates dates;

    BusinessDateWebConfiguration(BusinessDates dates) {
        this.dates = dates;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new AsOfArgumentResolver(dates));
    }
}
