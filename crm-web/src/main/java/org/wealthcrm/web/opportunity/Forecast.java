package org.wealthcrm.web.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The forecast of a period: the open opportunities expected to sign in it, their expected amount and the weighted
 * amount Σ amount × probability. Borderline opportunities are those with a probability of 40–60 %; they are ranked by
 * how far one of them alone would move the forecast once decided: won adds amount × (1 − p), lost removes
 * amount × p, and the larger of the two ({@link Borderline#swing()}) ranks first (ties: the earlier signing date,
 * then the lower id). The five with the largest swing are shown.
 */
record Forecast(String label, LocalDate from, LocalDate to, long count, BigDecimal amount, BigDecimal weighted,
                List<Borderline> borderline) {

    static final int BORDERLINE_LOW = 40;
    static final int BORDERLINE_HIGH = 60;
    static final int BORDERLINE_SHOWN = 5;

    record Borderline(OpportunityRow opportunity, BigDecimal ifWon, BigDecimal ifLost) {

        public BigDecimal swing() {
            return ifWon.max(ifLost);
        }
    }

    static Forecast of(String label, LocalDate from, LocalDate to, List<OpportunityRow> open) {
        BigDecimal amount = open.stream().map(OpportunityRow::expectedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weighted = open.stream().map(OpportunityRow::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Borderline> borderline = open.stream()
                .filter(o -> o.probability() >= BORDERLINE_LOW && o.probability() <= BORDERLINE_HIGH)
                .map(o -> new Borderline(o, o.expectedAmount().subtract(o.weighted()), o.weighted()))
                .sorted(Comparator.comparing(Borderline::swing).reversed()
                        .thenComparing(b -> b.opportunity().expectedSignDate())
                        .thenComparingLong(b -> b.opportunity().oppId()))
                .limit(BORDERLINE_SHOWN)
                .toList();
        return new Forecast(label, from, to, open.size(), amount, weighted, borderline);
    }
}
