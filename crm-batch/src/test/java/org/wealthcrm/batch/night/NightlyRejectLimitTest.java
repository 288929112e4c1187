package org.wealthcrm.batch.night;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wealthcrm.contract.extract.ExtractFile;
import org.wealthcrm.etl.generator.GenerateBank;

import picocli.CommandLine;

/** A file with more rejected lines than the limit fails the night before anything is published. */
@SpringBootTest(properties = {"crm.db.embedded.data-dir=", "crm.db.embedded.port=0", "crm.night.reject-limit=3"})
class NightlyRejectLimitTest {

    static final Path ROOT = NightlyRunFunctionalTest.createRoot("reject-limit");
    static final LocalDate DATE = LocalDate.of(2026, 11, 20);

    @Autowired
    NightlyRun nightlyRun;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("crm.landing-dir", () -> ROOT.resolve("landing").toString());
        registry.add("crm.work-dir", () -> ROOT.resolve("work").toString());
        registry.add("crm.export-dir", () -> ROOT.resolve("export").toString());
    }

    @BeforeAll
    static void bankWithBadRows() {
        // 2 bad rows of each kind: cbs_customer gets 2 BAD_DATE + 2 BAD_ID_NUMBER + 1 DUPLICATE_KEY = 5 > 3,
        // all in the first chunk of 2,000 lines, so the limit trips after that chunk with 5
        assertThat(new CommandLine(new GenerateBank()).execute("--out", ROOT.resolve("landing").toString(),
                "--customers", "300", "--from", "20261120", "--to", "20261120", "--seed", "3", "--bad-rows", "2",
                "--quiet")).isZero();
    }

    @Test
    void runWhenRejectsPassTheLimitThenRunFailsNamingFileAndLimitAndNothingPublished() throws Exception {
        NightlyRun.NightOutcome outcome = nightlyRun.run(DATE);

        assertThat(outcome.completed()).isFalse();
        assertThat(outcome.message()).isEqualTo("cbs_customer_20261120.dat: 5 rejected lines, more than the limit"
                + " of 3 (crm.night.reject-limit); see load_reject for the reasons");
        assertThat(jdbc.queryForObject("select count(*) from customer_metrics", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select status from nightly_run where run_id = (select max(run_id)"
                + " from nightly_run)", String.class)).isEqualTo("FAILED");
        assertThat(Files.exists(ROOT.resolve("export").resolve("customer_metrics_20261120.csv"))).isFalse();
    }

    @Test
    void runWhenControlFileMissingOrDataTruncatedThenRefusedWithReasonPerFile() throws IOException, Exception {
        Path day = ROOT.resolve("landing").resolve("20261120");
        Path okMoved = day.resolve("ta_nav.ok.away");
        Files.move(day.resolve(ExtractFile.TA_NAV.controlFileName(DATE)), okMoved);
        Path balance = day.resolve(ExtractFile.CBS_BALANCE.fileName(DATE));
        byte[] full = Files.readAllBytes(balance);
        Files.write(balance, java.util.Arrays.copyOf(full, full.length - 10));
        try {
            NightlyRun.NightOutcome outcome = nightlyRun.run(DATE);

            assertThat(outcome.completed()).isFalse();
            assertThat(outcome.message()).startsWith("delivery 2026-11-20 refused: ")
                    .contains("ta_nav_20261120.ok is missing (the data file is not complete yet and is not read)")
                    .contains("cbs_balance_20261120.dat: byte_size " + full.length + " in control file, "
                            + (full.length - 10) + " in data file");
        } finally {
            Files.move(okMoved, day.resolve(ExtractFile.TA_NAV.controlFileName(DATE)));
            Files.write(balance, full);
        }
    }
}
