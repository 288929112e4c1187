package org.wealthcrm.web.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.wealthcrm.web.bizdate.InvalidBusinessDateException;
import org.wealthcrm.web.bizdate.NoPublishedDataException;
import org.wealthcrm.web.navigation.NavigationAdvice;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.security.CurrentUserAdvice;

/** Turns the application's refusals into pages: out of scope is 403, an unpublished date 404, a
 * malformed date 400; a failed database call is a generic 500 page (the SQL and the exception only in the log). */
@ControllerAdvice
class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final CurrentUserAdvice nav;
    private final NavigationAdvice menu;

    ErrorPages(CurrentUserAdvice nav, NavigationAdvice menu) {
        this.nav = nav;
        this.menu = menu;
    }

    @ExceptionHandler(OutOfScopeException.class)
    ModelAndView outOfScope(OutOfScopeException refused) {
        return page(HttpStatus.FORBIDDEN, refused.getMessage());
    }

    @ExceptionHandler(NoPublishedDataException.class)
    ModelAndView noData(NoPublishedDataException missing) {
        return page(HttpStatus.NOT_FOUND, missing.getMessage());
    }

    @ExceptionHandler(InvalidBusinessDateException.class)
    ModelAndView badDate(InvalidBusinessDateException invalid) {
        return page(HttpStatus.BAD_REQUEST, invalid.getMessage());
    }

    @ExceptionHandler(DataAccessException.class)
    ModelAndView databaseFailure(DataAccessException failure) {
        LOG.error("Database call failed", failure);
        ModelAndView page = new ModelAndView("error/500");
        page.setStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        page.addAllObjects(nav.navAttributes());
        return page;
    }

    private ModelAndView page(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView("error/refused");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        page.addAllObjects(nav.navAttributes());
        page.addObject("menu", menu.menu());
        return page;
    }
}
