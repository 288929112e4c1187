package org.wealthcrm.web.bizdate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@link AsOf} parameters: one place that reads, checks and publishes the business date of a request. */
class AsOfArgumentResolver implements HandlerMethodArgumentResolver {

    private final BusinessDates dates;

    AsOfArgumentResolver(BusinessDates dates) {
        this.dates = dates;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(AsOf.class) && LocalDate.class.equals(parameter.getParameterType());
    }

    @Override
    public LocalDate resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                     NativeWebRequest request, WebDataBinderFactory binderFactory) {
        AsOf asOf = parameter.getParameterAnnotation(AsOf.class);
        LocalDate resolved = dates.resolve(asOf.latestOnly() ? null : requested(request.getParameter(AsOf.PARAMETER)));
        if (container != null && rendersView(parameter)) {
            container.addAttribute("asOf", resolved);
            container.addAttribute("dates", dates.recent());
        }
        return resolved;
    }

    static LocalDate requested(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidBusinessDateException(text);
        }
    }

    private static boolean rendersView(MethodParameter parameter) {
        return !parameter.hasMethodAnnotation(ResponseBody.class)
                && !AnnotatedElementUtils.hasAnnotation(parameter.getContainingClass(), ResponseBody.class)
                && !void.class.equals(parameter.getMethod().getReturnType());
    }
}
