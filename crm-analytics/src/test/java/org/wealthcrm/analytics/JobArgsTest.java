package org.wealthcrm.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JobArgsTest {

    @Test
    void parseWhenAllOptionsGivenThenEveryValueIsKept() {
        JobArgs args = JobArgs.parse(new String[] {"--output", "o.csv", "--business-date", "20261120",
            "--staged", "s", "--history", "h", "--master", "local[2]", "--config", "c.properties",
            "--models", "m", "--propensity-output", "p.csv"});

        assertThat(args).isEqualTo(new JobArgs(LocalDate.of(2026, 11, 20), "s", "h", "o.csv",
                "local[2]", "c.properties", "m", "p.csv"));
        assertThat(args.businessDateText()).isEqualTo("20261120");
    }

    @Test
    void parseWhenOptionalOptionsMissingThenTheyAreNull() {
        JobArgs args = JobArgs.parse(new String[] {"--business-date", "20260229".replace("2026", "2028"),
            "--staged", "s", "--history", "h", "--output", "o.csv"});

        assertThat(args.master()).isNull();
        assertThat(args.config()).isNull();
        assertThat(args.businessDate()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void parseWhenRequiredOptionMissingOrUnknownThenUsageError() {
        assertThatThrownBy(() -> JobArgs.parse(new String[] {"--business-date", "20261120",
            "--staged", "s", "--history", "h"})).hasMessageContaining("missing --output");
        assertThatThrownBy(() -> JobArgs.parse(new String[] {"--date", "20261120"}))
                .hasMessageContaining("unknown option --date");
        assertThatThrownBy(() -> JobArgs.parse(new String[] {"--business-date", "20270229",
            "--staged", "s", "--history", "h", "--output", "o"})).hasMessageContaining("YYYYMMDD");
    }
}
