package org.wealthcrm.web.goal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.DataChangeLog;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;

/**
 * Splits a unit's monthly target of one metric over all its children (child org units and the managers working
 * directly in it). A final split must add up exactly to the unit's own target, else it is refused; a split saved
 * as a draft is kept whatever it adds up to and is flagged on the targets page until finalised. The head office has
 * no target of its own: its split sets the regions' targets. Every changed target is written to the audit log.
 */
@Service
class GoalSplits {

    private final GoalMapper mapper;
    private final GoalAccess access;
    private final DataChangeLog changes;
    private final Clock clock;

    GoalSplits(GoalMapper mapper, GoalAccess access, DataChangeLog changes, Clock clock) {
        this.mapper = mapper;
        this.access = access;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    void split(DataScope scope, YearMonth month, String unitCode, GoalMetric metric, Map<String, BigDecimal> parts,
               boolean draft) {
        GoalRows.Unit unit = access.visible(scope, unitCode);
        if (!access.splits(scope, unit)) {
            throw new OutOfScopeException("只有本单位负责人或总行可以拆分目标");
        }
        List<GoalRows.Unit> children = mapper.findChildren(unit.code());
        if (children.isEmpty()) {
            throw new InvalidSplitException("本单位没有下级，无需拆分");
        }
        Map<String, GoalRows.Unit> byCode = children.stream()
                .collect(Collectors.toMap(GoalRows.Unit::code, Function.identity()));
        for (Map.Entry<String, BigDecimal> part : parts.entrySet()) {
            if (!byCode.containsKey(part.getKey())) {
                throw new InvalidSplitException("拆分对象不是本单位的下级：" + part.getKey());
            }
            check(metric, part.getValue());
        }
        if (unit.unitLevel() > 1 && !draft) {
            requireSum(month, metric, unit, parts);
        }
        save(scope, month, metric, unit, children, parts, draft);
    }

    private void requireSum(YearMonth month, GoalMetric metric, GoalRows.Unit unit, Map<String, BigDecimal> parts) {
        BigDecimal target = mapper.findGoals(month.atDay(1), List.of(unit.code())).stream()
                .filter(g -> g.metric().equals(metric.name())).map(GoalRows.Goal::targetValue).findFirst()
                .orElseThrow(() -> new InvalidSplitException("本单位本月尚无" + metric.label() + "目标，不能拆分"));
        BigDecimal sum = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(target) != 0) {
            DecimalFormat money = new DecimalFormat("#,##0.00");
            throw new InvalidSplitException("各部分合计 " + money.format(sum) + " 与本单位目标 " + money.format(target)
                    + " 不符（相差 " + money.format(target.subtract(sum)) + "），未保存；如需暂存请勾选“保存为草稿”");
        }
    }

    private static void check(GoalMetric metric, BigDecimal value) {
        if (value.signum() < 0) {
            throw new InvalidSplitException("目标值不能为负数：" + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > metric.decimals()) {
            throw new InvalidSplitException(metric.decimals() == 0 ? metric.label() + "目标须为整数"
                    : metric.label() + "目标最多两位小数");
        }
    }

    private void save(DataScope scope, YearMonth month, GoalMetric metric, GoalRows.Unit unit,
                      List<GoalRows.Unit> children, Map<String, BigDecimal> parts, boolean draft) {
        Map<String, BigDecimal> before = mapper.findGoals(month.atDay(1),
                        children.stream().map(GoalRows.Unit::code).toList()).stream()
                .filter(g -> g.metric().equals(metric.name()))
                .collect(Collectors.toMap(GoalRows.Goal::unitCode, GoalRows.Goal::targetValue));
        mapper.deleteSplit(month.atDay(1), metric.name(), unit.code(), before.keySet());
        LocalDateTime now = LocalDateTime.now(clock);
        for (GoalRows.Unit child : children) {
            BigDecimal value = parts.getOrDefault(child.code(), BigDecimal.ZERO);
            mapper.insertGoal(month.atDay(1), metric.name(), child, unit.code(), value, draft ? "DRAFT" : "FINAL",
                    scope.staffId(), now);
            BigDecimal old = before.get(child.code());
            if (old == null || old.compareTo(value) != 0) {
                changes.record("goal", month + "/" + metric.name() + "/" + child.code(), "target_value",
                        old == null ? null : old.toPlainString(), value.toPlainString());
            }
        }
    }
}
