package org.wealthcrm.web.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The funnel shares and the forecast with its borderline ranking on a hand-worked example. */
class FunnelAndForecastTests {

    private static final LocalDate DEC = LocalDate.of(2026, 12, 1);

    @Test
    void funnelWhenStageTotalsGivenThenSharesOfCountAndAmountPerStage() {
        Funnel funnel = Funnel.of(List.of(
                total("WON", 2, "500000.00"), total("LEAD", 4, "1000000.00"), total("QUALIFIED", 3, "1500000.00"),
                total("PROPOSAL", 2, "1200000.00"), total("NEGOTIATION", 1, "800000.00")));

        // count 4 + 3 + 2 + 1 + 2 = 12; amount 1.0 + 1.5 + 1.2 + 0.8 + 0.5 = 5.0 million
        assertThat(funnel.count()).isEqualTo(12);
        assertThat(funnel.amount()).isEqualByComparingTo("5000000.00");
        // stages in funnel order; count shares 4/12 = 0.3333, 3/12 = 0.2500, 2/12 = 0.1667, 1/12 = 0.0833, 2/12;
        // amount shares 1.0/5 = 0.2000, 1.5/5 = 0.3000, 1.2/5 = 0.2400, 0.8/5 = 0.1600, 0.5/5 = 0.1000
        assertThat(funnel.steps()).extracting(Funnel.Step::stage)
                .containsExactly("LEAD", "QUALIFIED", "PROPOSAL", "NEGOTIATION", "WON");
        assertThat(funnel.steps()).extracting(Funnel.Step::countShare).containsExactly(
                new BigDecimal("0.3333"), new BigDecimal("0.2500"), new BigDecimal("0.1667"),
                new BigDecimal("0.0833"), new BigDecimal("0.1667"));
        assertThat(funnel.steps()).extracting(Funnel.Step::amountShare).containsExactly(
                new BigDecimal("0.2000"), new BigDecimal("0.3000"), new BigDecimal("0.2400"),
                new BigDecimal("0.1600"), new BigDecimal("0.1000"));
    }

    @Test
    void funnelWhenNothingOpenThenZeroSharesForEveryStage() {
        Funnel funnel = Funnel.of(List.of());

        assertThat(funnel.steps()).hasSize(5).allSatisfy(step -> {
            assertThat(step.count()).isZero();
            assertThat(step.countShare()).isEqualByComparingTo("0");
        });
    }

    @Test
    void forecastWhenOpenOpportunitiesThenWeightedSumAndBorderlineRankedBySwing() {
        List<OpportunityRow> open = List.of(row(1, "1000000.00", 50), row(2, "2000000.00", 40),
                row(3, "300000.00", 60), row(4, "5000000.00", 90), row(5, "400000.00", 20),
                row(6, "1500000.00", 55));

        Forecast forecast = Forecast.of("下月", DEC, DEC.plusMonths(1).minusDays(1), open);

        // amount 1,000,000 + 2,000,000 + 300,000 + 5,000,000 + 400,000 + 1,500,000 = 10,200,000
        // weighted 500,000 + 800,000 + 180,000 + 4,500,000 + 80,000 + 825,000 = 6,885,000
        assertThat(forecast.count()).isEqualTo(6);
        assertThat(forecast.amount()).isEqualByComparingTo("10200000.00");
        assertThat(forecast.weighted()).isEqualByComparingTo("6885000.00");
        // borderline (40-60 %): #2 won +1,200,000 / lost -800,000 -> swing 1,200,000; #6 +675,000 / -825,000 -> 825,000;
        // #1 +500,000 / -500,000 -> 500,000; #3 +120,000 / -180,000 -> 180,000; #4 (90 %) and #5 (20 %) are not
        assertThat(forecast.borderline()).extracting(b -> b.opportunity().oppId()).containsExactly(2L, 6L, 1L, 3L);
        assertThat(forecast.borderline()).extracting(Forecast.Borderline::swing).containsExactly(
                new BigDecimal("1200000.0000"), new BigDecimal("825000.0000"), new BigDecimal("500000.0000"),
                new BigDecimal("180000.0000"));
        assertThat(forecast.borderline().get(1).ifWon()).isEqualByComparingTo("675000");
    }

    private static OpportunityMapper.StageTotal total(String stage, long count, String amount) {
        return new OpportunityMapper.StageTotal(stage, count, new BigDecimal(amount));
    }

    private static OpportunityRow row(long id, String amount, int probability) {
        return new OpportunityRow(id, "C001", "张三", "RM001", "张伟", "机会" + id, "FUND", null,
                new BigDecimal(amount), DEC.plusDays(id), "VISIT", "PROPOSAL", probability, null, null, null, null,
                DEC, 0, null, null, null, null, null);
    }
}
