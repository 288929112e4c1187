package org.wealthcrm.web.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sales funnel of a scope: per stage (open stages and WON; LOST leaves the funnel) the count and expected amount
 * and their shares of the funnel's totals, shares as fractions rounded half-up to four places.
 */
record Funnel(List<Step> steps, long count, BigDecimal amount) {

    record Step(String stage, String label, long count, BigDecimal amount, BigDecimal countShare,
                BigDecimal amountShare) {
    }

    static Funnel of(List<OpportunityMapper.StageTotal> totals) {
        Map<String, OpportunityMapper.StageTotal> byStage = totals.stream()
                .collect(Collectors.toMap(OpportunityMapper.StageTotal::stage, Function.identity()));
        long count = totals.stream().mapToLong(OpportunityMapper.StageTotal::count).sum();
        BigDecimal amount = totals.stream().map(OpportunityMapper.StageTotal::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Step> steps = Stage.funnel().stream().map(stage -> {
            OpportunityMapper.StageTotal total = byStage.get(stage.name());
            long stageCount = total == null ? 0 : total.count();
            BigDecimal stageAmount = total == null ? BigDecimal.ZERO : total.amount();
            return new Step(stage.name(), stage.label(), stageCount, stageAmount,
                    share(BigDecimal.valueOf(stageCount), BigDecimal.valueOf(count)), share(stageAmount, amount));
        }).toList();
        return new Funnel(steps, count, amount);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(4) : part.divide(whole, 4, RoundingMode.HALF_UP);
    }
}
