package org.wealthcrm.web.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.wealthcrm.web.scope.DataScope;

/**
 * A unit's targets page for a month: per metric the unit's own target and completion, its children's, and a flag
 * when the children's split is a draft or does not add up to the unit's target.
 */
@Service
class GoalBoard {

    private final GoalMapper mapper;
    private final GoalAccess access;

    GoalBoard(GoalMapper mapper, GoalAccess access) {
        this.mapper = mapper;
        this.access = access;
    }

    Board board(DataScope scope, YearMonth month, String unitCode) {
        GoalRows.Unit unit = access.visible(scope, unitCode == null ? access.home(scope) : unitCode);
        List<GoalRows.Unit> children = unit.org() ? mapper.findChildren(unit.code()) : List.of();
        List<String> codes = new ArrayList<>(List.of(unit.code()));
        children.forEach(child -> codes.add(child.code()));
        Map<String, GoalRows.Goal> goals = new HashMap<>();
        mapper.findGoals(month.atDay(1), codes).forEach(g -> goals.put(g.metric() + "/" + g.unitCode(), g));
        LocalDate asOf = mapper.findLatestCompletionDate(month.atDay(1));
        Map<String, BigDecimal> actuals = new HashMap<>();
        if (asOf != null) {
            mapper.findCompletions(month.atDay(1), asOf, codes)
                    .forEach(c -> actuals.put(c.metric() + "/" + c.unitCode(), c.actual()));
        }
        List<Panel> panels = new ArrayList<>();
        for (GoalMetric metric : GoalMetric.values()) {
            List<GoalLine> lines = children.stream().map(c -> line(metric, c, goals, actuals)).toList();
            panels.add(new Panel(metric, line(metric, unit, goals, actuals), lines));
        }
        GoalRows.Unit parent = unit.parentCode() == null ? null : mapper.findUnit(unit.parentCode());
        return new Board(unit, parent != null && access.sees(scope, parent) ? parent : null, month, asOf,
                access.splits(scope, unit) && !children.isEmpty(), panels);
    }

    private static GoalLine line(GoalMetric metric, GoalRows.Unit unit, Map<String, GoalRows.Goal> goals,
                                 Map<String, BigDecimal> actuals) {
        GoalRows.Goal goal = goals.get(metric.name() + "/" + unit.code());
        return new GoalLine(unit, goal == null ? null : goal.targetValue(), goal == null ? null : goal.state(),
                actuals.getOrDefault(metric.name() + "/" + unit.code(), BigDecimal.ZERO));
    }

    record Board(GoalRows.Unit unit, GoalRows.Unit parent, YearMonth month, LocalDate asOf, boolean canSplit,
                 List<Panel> panels) {
    }

    /** One metric: the unit's line, its children's lines, and whether the split needs attention. */
    record Panel(GoalMetric metric, GoalLine own, List<GoalLine> children) {

        /** The children's targets added up; null when none is set. */
        public BigDecimal childrenTotal() {
            return children.stream().map(GoalLine::target).filter(t -> t != null)
                    .reduce((a, b) -> a.add(b)).orElse(null);
        }

        public boolean draftSplit() {
            return children.stream().anyMatch(GoalLine::draft);
        }

        /** Whether the children's targets do not add up to the unit's own target. */
        public boolean unbalanced() {
            BigDecimal total = childrenTotal();
            return total != null && own.target() != null && total.compareTo(own.target()) != 0;
        }
    }
}
