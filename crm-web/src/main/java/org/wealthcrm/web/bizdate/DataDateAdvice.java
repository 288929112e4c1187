package org.wealthcrm.web.bizdate;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the data date into every signed-in page's model, for the layout's line and its warning when stale. */
@ControllerAdvice
class DataDateAdvice {

    private final BusinessDateMapper mapper;
    private final Clock clock;

    DataDateAdvice(BusinessDateMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @ModelAttribute("dataDate")
    DataDate dataDate() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || user instanceof AnonymousAuthenticationToken) {
            return null;
        }
        LocalDate latest = mapper.findLatest();
        return latest == null ? null : DataDate.of(latest, LocalDate.now(clock));
    }
}
