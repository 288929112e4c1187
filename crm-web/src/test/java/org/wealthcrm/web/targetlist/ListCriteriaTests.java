package org.wealthcrm.web.targetlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ListCriteriaTests {

    static ListCriteria held(List<String> held, List<String> missing) {
        return new ListCriteria(null, null, null, null, null, null, null, held, missing, null, null, null, null);
    }

    @Test
    void createWhenValueOutsideAllowListThenRefused() {
        assertThatThrownBy(() -> held(List.of("DD'; drop table customer;--"), null))
                .isInstanceOf(InvalidListException.class).hasMessageStartingWith("持有产品取值无效");
        assertThatThrownBy(() -> held(List.of("FBD"), List.of("FBD")))
                .hasMessage("同一产品不能既要求持有又要求未持有");
        assertThatThrownBy(() -> new ListCriteria(null, null, null, null, null, null, null, null, null, null, 13,
                null, null)).hasMessage("生日月份应在 1 到 12 之间");
    }

    @Test
    void writeWhenReadBackThenSameCriteria() {
        CriteriaJson json = new CriteriaJson();
        ListCriteria criteria = new ListCriteria(new BigDecimal("50000"), null, null, null, List.of("VIP4"), null,
                null, null, List.of("FMM", "FBD", "FEQ"), 30, 12, new BigDecimal("0.4"), 3);

        assertThat(json.read(json.write(criteria))).isEqualTo(criteria);
        assertThatThrownBy(() -> json.read("{\"tiers\":[\"VIP9\"]}")).isInstanceOf(InvalidListException.class);
    }

    @Test
    void judgeWhenLevelBelowRatingOrAssessmentExpiredThenExcluded() {
        Suitability suitability = new Suitability(365);
        LocalDate date = LocalDate.of(2026, 11, 21);

        assertThat(suitability.judge("C2", date.minusDays(10), "R3", date)).isEqualTo(Suitability.Verdict.UNSUITABLE);
        assertThat(suitability.judge("C3", date.minusDays(365), "R3", date)).isEqualTo(Suitability.Verdict.SUITABLE);
        assertThat(suitability.judge("C5", date.minusDays(366), "R1", date))
                .isEqualTo(Suitability.Verdict.NO_ASSESSMENT);
        assertThat(suitability.judge("", date, "R1", date)).isEqualTo(Suitability.Verdict.NO_ASSESSMENT);
        assertThat(suitability.judge(null, date, "R1", date)).isEqualTo(Suitability.Verdict.NO_ASSESSMENT);
        assertThat(suitability.judge("C4", null, "R1", date)).isEqualTo(Suitability.Verdict.NO_ASSESSMENT);
    }

    @Test
    void wanWhenAmountsThenChineseTenThousands() {
        assertThat(ReasonText.wan(new BigDecimal("123000.00"))).isEqualTo("12.3万");
        assertThat(ReasonText.wan(new BigDecimal("700000"))).isEqualTo("70万");
        assertThat(ReasonText.wan(new BigDecimal("50000"))).isEqualTo("5万");
    }
}
