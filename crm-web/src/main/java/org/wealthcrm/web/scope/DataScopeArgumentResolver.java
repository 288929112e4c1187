package org.wealthcrm.web.scope;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands controllers the current user's {@link DataScope}, built once per request and kept on the request. */
class DataScopeArgumentResolver implements HandlerMethodArgumentResolver {

    private static final String ATTRIBUTE = DataScope.class.getName();

    private final DataScopes scopes;

    DataScopeArgumentResolver(DataScopes scopes) {
        this.scopes = scopes;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return DataScope.class.equals(parameter.getParameterType());
    }

    @Override
    public DataScope resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                     NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        if (request.getAttribute(ATTRIBUTE) instanceof DataScope cached) {
            return cached;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        List<String> authorities = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        DataScope scope = scopes.forUser(user.getName(), authorities);
        request.setAttribute(ATTRIBUTE, scope);
        return scope;
    }
}
