package org.wealthcrm.web.cockpit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.wealthcrm.web.customer.MetricLabels;
import org.wealthcrm.web.scope.DataScope;

/**
 * The manager cockpit: one's own book (the customers of one's data scope — an RM's own and assisted customers, a
 * team lead's team) as of a business date, with the unit's KPIs, holders vs empty positions, the open churn alerts
 * raised nightly (worked on at /churn-alerts), the progress of the target lists running on the date and the own
 * unit's monthly targets with their completion.
 */
@Service
class ManagerCockpitService {

    private static final Map<String, String> POSITION_NAMES = Map.of("HOLDING", "有持仓", "EMPTY", "空仓");

    private final ManagerCockpitMapper mapper;
    private final ChurnAlertPanel churnPanel;
    private final MetricLabels labels;

    ManagerCockpitService(ManagerCockpitMapper mapper, ChurnAlertPanel churnPanel, MetricLabels labels) {
        this.mapper = mapper;
        this.churnPanel = churnPanel;
        this.labels = labels;
    }

    List<ManagerRows.PositionSlice> positions(DataScope scope, LocalDate date) {
        return mapper.positions(scope, date).stream()
                .map(slice -> new ManagerRows.PositionSlice(POSITION_NAMES.get(slice.name()), slice.customers(),
                        slice.aum()))
                .toList();
    }

    /** The open alerts (OPEN, ACKED) of customers in scope raised up to the date, highest score first. */
    List<ManagerRows.ChurnAlert> churnAlerts(DataScope scope, LocalDate date) {
        return mapper.churnAlerts(scope, date, churnPanel.limit()).stream()
                .map(alert -> new ManagerRows.ChurnAlert(alert.custId(), alert.custName(), labels.tier(alert.tier()),
                        alert.aum(), alert.churnScore(), alert.mainRmName(), alert.status(), alert.raisedOn()))
                .toList();
    }

    /**
     * The targets of the viewer's own unit for the date's month: an RM's own, otherwise the user's org unit (a team
     * lead's team); none without a scope.
     */
    List<ManagerRows.GoalProgress> goals(DataScope scope, LocalDate date) {
        LocalDate month = date.withDayOfMonth(1);
        return switch (scope.kind()) {
            case OWN -> mapper.goals("S", scope.staffId(), month, date);
            case TEAM, ORG, ALL -> scope.orgCode() == null ? List.of()
                    : mapper.goals("O", scope.orgCode(), month, date);
            case NONE -> List.of();
        };
    }

    List<ManagerRows.ListProgress> listProgress(DataScope scope, LocalDate date) {
        return mapper.listProgress(scope, date);
    }
}
