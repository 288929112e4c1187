package org.wealthcrm.contract.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void isDecimalWhenExactlyTwoDecimalsThenTrue() {
        assertThat(Values.isDecimal("0.00", 18, 2)).isTrue();
        assertThat(Values.isDecimal("-1.50", 18, 2)).isTrue();
        assertThat(Values.isDecimal("1234567890123456.78", 18, 2)).isTrue();
    }

    @Test
    void isDecimalWhenFormatBreaksNpsThenFalse() {
        assertThat(Values.isDecimal("12,5", 18, 2)).isFalse();
        assertThat(Values.isDecimal("12.5", 18, 2)).isFalse();
        assertThat(Values.isDecimal("12.500", 18, 2)).isFalse();
        assertThat(Values.isDecimal(".50", 18, 2)).isFalse();
        assertThat(Values.isDecimal("-.50", 18, 2)).isFalse();
        assertThat(Values.isDecimal("12", 18, 2)).isFalse();
        assertThat(Values.isDecimal("+1.00", 18, 2)).isFalse();
        assertThat(Values.isDecimal("12345678901234567.00", 18, 2)).isFalse();
        assertThat(Values.isDecimal("", 18, 2)).isFalse();
    }

    @Test
    void isDecimalWhenScaleIsZeroThenNoPointAllowed() {
        assertThat(Values.isDecimal("4", 1, 0)).isTrue();
        assertThat(Values.isDecimal("4.", 1, 0)).isFalse();
        assertThat(Values.isDecimal("14", 1, 0)).isFalse();
    }

    @Test
    void isDecimalWhenShareOfFivePrecisionThenThreeIntegerDigitsAtMost() {
        assertThat(Values.isDecimal("100.00", 5, 2)).isTrue();
        assertThat(Values.isDecimal("1000.00", 5, 2)).isFalse();
    }

    @Test
    void isDateWhenLeapDayThenOnlyInLeapYears() {
        assertThat(Values.isDate("20240229", 0)).isTrue();
        assertThat(Values.isDate("20260229", 0)).isFalse();
        assertThat(Values.isDate("19000229", 0)).isFalse();
        assertThat(Values.isDate("20000229", 0)).isTrue();
    }

    @Test
    void isDateWhenMonthOrDayOutOfRangeThenFalse() {
        assertThat(Values.isDate("20261301", 0)).isFalse();
        assertThat(Values.isDate("20261100", 0)).isFalse();
        assertThat(Values.isDate("20260431", 0)).isFalse();
        assertThat(Values.isDate("2026113", 0)).isFalse();
        assertThat(Values.isDate("2026-1-1", 0)).isFalse();
    }

    @Test
    void isTimestampWhenHourIs24ThenFalse() {
        assertThat(Values.isTimestamp("20261120235959")).isTrue();
        assertThat(Values.isTimestamp("20261120240000")).isFalse();
        assertThat(Values.isTimestamp("20261120126000")).isFalse();
        assertThat(Values.isTimestamp("202611201200")).isFalse();
    }
}
