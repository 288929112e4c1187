package org.wealthcrm.web.opportunity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.wealthcrm.web.scope.DataScope;

/**
 * The funnel and the forecasts of the viewer's scope. Next month is the calendar month after the business clock's
 * today; the quarter is the three calendar months starting with next month (a rolling quarter, so it always contains
 * next month).
 */
@Service
class Pipeline {

    private final OpportunityMapper mapper;
    private final Clock clock;

    Pipeline(OpportunityMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    Funnel funnel(DataScope scope) {
        return Funnel.of(mapper.findStageTotals(scope));
    }

    List<Forecast> forecasts(DataScope scope) {
        LocalDate today = LocalDate.now(clock);
        LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
        return List.of(forecast(scope, "下月", nextMonth, nextMonth.plusMonths(1).minusDays(1), today),
                forecast(scope, "未来三个月", nextMonth, nextMonth.plusMonths(3).minusDays(1), today));
    }

    private Forecast forecast(DataScope scope, String label, LocalDate from, LocalDate to, LocalDate today) {
        return Forecast.of(label, from, to, mapper.findOpenSigning(scope, from, to, today));
    }
}
