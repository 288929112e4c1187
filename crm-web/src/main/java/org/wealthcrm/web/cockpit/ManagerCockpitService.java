package org.wealthcrm.web.cockpit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.wealthcrm.web.customer.MetricLabels;
import org.wealthcrm.web.scope.DataScope;

/**
 * The manager cockpit: one's own book (the customers of one's data scope — an RM's own and assisted customers, a
 * team lead's team) as of a business date, with the unit's KPIs, holders vs empty positions, churn alerts and the
 * progress of the target lists running on the date.
 */
@Service
class ManagerCockpitService {

    private static final Map<String, String> POSITION_NAMES = Map.of("HOLDING", "有持仓", "EMPTY", "空仓");

    private final ManagerCockpitMapper mapper;
    private final ChurnAlertRules churnRules;
    private final MetricLabels labels;

    ManagerCockpitService(ManagerCockpitMapper mapper, ChurnAlertRules churnRules, MetricLabels labels) {
        this.mapper = mapper;
        this.churnRules = churnRules;
        this.labels = labels;
    }

    List<ManagerRows.PositionSlice> positions(DataScope scope, LocalDate date) {
        return mapper.positions(scope, date).stream()
                .map(slice -> new ManagerRows.PositionSlice(POSITION_NAMES.get(slice.name()), slice.customers(),
                        slice.aum()))
                .toList();
    }

    /** Customers of a valuable tier with a churn score at or above the threshold, highest score first. */
    List<ManagerRows.ChurnAlert> churnAlerts(DataScope scope, LocalDate date) {
        return mapper.churnAlerts(scope, date, churnRules.tiers(), churnRules.threshold(), churnRules.limit())
                .stream()
                .map(alert -> new ManagerRows.ChurnAlert(alert.custId(), alert.custName(), labels.tier(alert.tier()),
                        alert.aum(), alert.churnScore(), alert.mainRmName()))
                .toList();
    }

    List<ManagerRows.ListProgress> listProgress(DataScope scope, LocalDate date) {
        return mapper.listProgress(scope, date);
    }

    ChurnAlertRules churnRules() {
        return churnRules;
    }
}
