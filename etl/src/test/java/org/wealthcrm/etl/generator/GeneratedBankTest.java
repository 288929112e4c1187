package org.wealthcrm.etl.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealthcrm.contract.extract.ControlFile;
import org.wealthcrm.contract.extract.ExtractFile;
import org.wealthcrm.contract.extract.IdNumber;

/** One generated bank of 2,000 customers over ten dates, 3 bad rows of each kind on the last date. */
class GeneratedBankTest {

    static final LocalDate FIRST = LocalDate.of(2026, 11, 11);
    static final LocalDate LAST = LocalDate.of(2026, 11, 20);
    static final int BAD_ROWS = 3;

    @TempDir
    static Path out;
    static Landing landing;
    static GenerationReport report;

    @BeforeAll
    static void generate() throws IOException {
        report = BankGenerator.generate(GeneratorOptions.of(out, 2000, FIRST, LAST, 42).withBadRows(BAD_ROWS));
        landing = new Landing(out);
    }

    @Test
    void generateWhenTenDatesThenEveryDataFileHasAnAgreeingControlFile() throws IOException {
        assertThat(report.days()).hasSize(10);
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            for (ExtractFile file : ExtractFile.values()) {
                Path ok = landing.dir(d).resolve(file.controlFileName(d));
                boolean expected = file.required() || d.equals(FIRST);
                assertThat(Files.exists(ok)).as(ok.toString()).isEqualTo(expected);
                if (expected) {
                    ControlFile control = ControlFile.read(ok);
                    assertThat(control.disagreements(landing.data(d, file))).as(ok.toString()).isEmpty();
                    assertThat(control.generatedAt()).isEqualTo(d.plusDays(1).atTime(2, 0));
                }
            }
        }
    }

    @Test
    void badRowsWhenThreePerKindThenManifestListsThreeOfEachKind() {
        List<String[]> manifest = landing.manifest(LAST);
        assertThat(manifest).hasSize(BAD_ROWS * BadRowKind.values().length);
        for (BadRowKind kind : BadRowKind.values()) {
            assertThat(manifest.stream().filter(row -> row[2].equals(kind.name()))).as(kind.name()).hasSize(BAD_ROWS);
        }
        assertThat(landing.manifest(LAST.minusDays(1))).isEmpty();
    }

    @Test
    void badRowsWhenListedThenEachIsRejectedOrADuplicateOrAnUnknownReference() {
        Set<String> customers = firstFields(LAST, ExtractFile.CBS_CUSTOMER);
        Set<String> funds = firstFields(LAST, ExtractFile.TA_FUND);
        for (String[] row : landing.manifest(LAST)) {
            ExtractFile file = ExtractFile.ofFileName(row[0]).orElseThrow();
            List<String> lines = landing.lines(LAST, file);
            String line = lines.get(Integer.parseInt(row[1]) - 1);
            String[] fields = line.split("\\|", -1);
            switch (BadRowKind.valueOf(row[2])) {
                case DUPLICATE_KEY -> assertThat(lines.stream().filter(l -> l.startsWith(fields[0] + "|"))).hasSizeGreaterThan(1);
                case UNKNOWN_CUSTOMER -> assertThat(customers).doesNotContain(fields[1]);
                case UNKNOWN_FUND -> assertThat(funds).doesNotContain(fields[3]);
                default -> assertThat(Landing.rejected(file, line, LAST)).as(line).isTrue();
            }
            if (!row[2].equals("DUPLICATE_KEY") && !row[2].equals("UNKNOWN_CUSTOMER") && !row[2].equals("UNKNOWN_FUND")) {
                assertThat(rejectReason(file, line)).isEqualTo(row[2]);
            }
        }
    }

    @Test
    void goodRowsWhenEveryDateThenAllPassTheValidator() {
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            for (ExtractFile file : ExtractFile.values()) {
                if (file.required() || d.equals(FIRST)) {
                    assertThat(landing.rows(d, file)).as(file.fileName(d)).isNotNull();
                }
            }
        }
    }

    @Test
    void residentIdsWhenGeneratedThenValidAndGenderMatchesSeventeenthDigit() {
        int resident = 0;
        for (String[] c : landing.rows(LAST, ExtractFile.CBS_CUSTOMER)) {
            if (c[2].equals("01")) {
                resident++;
                assertThat(IdNumber.isValid(c[3])).as(c[3]).isTrue();
                assertThat((c[3].charAt(16) - '0') % 2 == 1 ? "M" : "F").isEqualTo(c[4]);
                assertThat(c[3].substring(6, 14)).isEqualTo(c[5]);
            }
        }
        assertThat(resident).isGreaterThan(1900);
    }

    @Test
    void aumWhenLastDateThenMostBelowFiftyThousandAndATailAboveSixMillion() {
        Map<String, Long> aum = Aum.of(landing, FIRST, LAST);
        int customers = landing.rows(LAST, ExtractFile.CBS_CUSTOMER).size();
        long below = landing.rows(LAST, ExtractFile.CBS_CUSTOMER).stream()
            .filter(c -> aum.getOrDefault(c[0], 0L) < 5_000_000L).count();
        assertThat(below).isGreaterThan(customers * 60L / 100);
        assertThat(aum.values().stream().filter(v -> v >= 600_000_000L).count()).isGreaterThanOrEqualTo(1);
        assertThat(aum.values().stream().filter(v -> v >= 100_000_000L && v < 600_000_000L).count())
            .isGreaterThanOrEqualTo(1);
        assertThat(aum.values()).allMatch(v -> v >= 0);
    }

    @Test
    void assignmentsWhenGeneratedThenFirstDateOnlySharesAddUpAndAboutFivePercentPooled() {
        assertThat(Files.exists(landing.data(FIRST.plusDays(1), ExtractFile.CRM_ASSIGN))).isFalse();
        Map<String, Long> shares = new HashMap<>();
        Map<String, String[]> staff = new HashMap<>();
        landing.rows(FIRST, ExtractFile.HR_STAFF).forEach(s -> staff.put(s[0], s));
        Map<String, String> branch = new HashMap<>();
        landing.rows(FIRST, ExtractFile.CBS_CUSTOMER).forEach(c -> branch.put(c[0], c[8]));
        for (String[] a : landing.rows(FIRST, ExtractFile.CRM_ASSIGN)) {
            shares.merge(a[0], Landing.cents(a[3]), Long::sum);
            assertThat(staff.get(a[1])[3]).isEqualTo("RM");
            assertThat(staff.get(a[1])[4]).isEqualTo("A");
            assertThat(staff.get(a[1])[2]).isEqualTo(branch.get(a[0]));
        }
        assertThat(shares.values()).allMatch(total -> total == 10_000L);
        long open = landing.rows(FIRST, ExtractFile.CBS_CUSTOMER).stream().filter(c -> !c[9].equals("C")).count();
        double pooled = 1.0 - shares.size() / (double) open;
        assertThat(pooled).isBetween(0.02, 0.09);
    }

    @Test
    void organisationWhenGeneratedThenFourLevelTreeWithEveryPosition() {
        List<String[]> orgs = landing.rows(LAST, ExtractFile.HR_ORG);
        Map<String, Integer> children = new HashMap<>();
        orgs.forEach(o -> children.merge(o[3], 1, Integer::sum));
        assertThat(orgs.get(0)).containsExactly("HO000", "总行", "1", "");
        assertThat(orgs.stream().filter(o -> o[2].equals("2")).count()).isGreaterThanOrEqualTo(2);
        for (String[] o : orgs) {
            if (!o[2].equals("4")) {
                assertThat(children.getOrDefault(o[0], 0)).as(o[0]).isGreaterThanOrEqualTo(2);
            }
        }
        List<String[]> staff = landing.rows(LAST, ExtractFile.HR_STAFF);
        assertThat(staff.stream().map(s -> s[3]).distinct()).containsExactlyInAnyOrder("HQ", "CMP", "OPS", "RGM",
            "BM", "TL", "RM");
        assertThat(staff.stream().filter(s -> s[4].equals("L")).count()).isGreaterThanOrEqualTo(1);
        for (String[] o : orgs) {
            if (o[2].equals("4")) {
                assertThat(staff.stream().filter(s -> s[2].equals(o[0]) && s[3].equals("TL"))).hasSize(1);
                assertThat(staff.stream().filter(s -> s[2].equals(o[0]) && s[3].equals("RM") && s[4].equals("A")).count())
                    .isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void balancesWhenDepositAccountsThenYesterdayPlusTodaysCreditsMinusDebits() {
        Set<String> deposits = new HashSet<>();
        landing.rows(FIRST, ExtractFile.CBS_ACCOUNT).stream().filter(a -> a[2].equals("DD") || a[2].equals("TD"))
            .forEach(a -> deposits.add(a[0]));
        int checked = 0;
        for (LocalDate d = FIRST.plusDays(1); !d.isAfter(LAST); d = d.plusDays(1)) {
            Map<String, Long> before = balances(d.minusDays(1));
            Map<String, Long> after = balances(d);
            Map<String, Long> movement = new HashMap<>();
            for (String[] t : landing.rows(d, ExtractFile.CBS_TXN)) {
                movement.merge(t[1], (t[4].equals("C") ? 1 : -1) * Landing.cents(t[5]), Long::sum);
            }
            for (Map.Entry<String, Long> entry : after.entrySet()) {
                if (deposits.contains(entry.getKey()) && before.containsKey(entry.getKey())) {
                    long expected = before.get(entry.getKey()) + movement.getOrDefault(entry.getKey(), 0L);
                    assertThat(entry.getValue()).as(entry.getKey() + " on " + d).isEqualTo(expected);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    void transactionsWhenAllDatesThenIdsUniqueAndAboutAThirdPerCustomerPerDay() {
        Set<String> ids = new HashSet<>();
        long rows = 0;
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            for (String[] t : landing.rows(d, ExtractFile.CBS_TXN)) {
                assertThat(ids.add(t[0])).as(t[0]).isTrue();
                rows++;
                if (t[9].equals("2002") && !t[10].isEmpty()) {
                    assertThat(t[10]).hasSize(12);
                }
            }
        }
        assertThat(rows / 10.0 / 2000).isBetween(0.25, 0.45);
    }

    @Test
    void closedAccountsWhenGeneratedThenCloseDateAndNoBalanceRow() {
        Map<String, Long> balances = balances(LAST);
        long closed = 0;
        for (String[] a : landing.rows(LAST, ExtractFile.CBS_ACCOUNT)) {
            assertThat(a[8].equals("C")).as(a[0]).isEqualTo(!a[7].isEmpty());
            assertThat(balances.containsKey(a[0])).as(a[0]).isEqualTo(!a[8].equals("C"));
            closed += a[8].equals("C") ? 1 : 0;
            if (a[2].equals("TD")) {
                assertThat(a[6]).isNotEmpty();
            }
        }
        assertThat(closed).isGreaterThan(0);
    }

    @Test
    void navWhenSaturdayThenOnlyMoneyMarketFundsAtOne() {
        LocalDate saturday = LocalDate.of(2026, 11, 14);
        Set<String> moneyMarket = new HashSet<>();
        landing.rows(saturday, ExtractFile.TA_FUND).stream().filter(f -> f[2].equals("MM")).forEach(f -> moneyMarket.add(f[0]));
        List<String[]> navs = landing.rows(saturday, ExtractFile.TA_NAV);
        assertThat(navs).hasSize(6).allMatch(n -> moneyMarket.contains(n[1]) && n[2].equals("1.0000"));
        assertThat(landing.rows(LocalDate.of(2026, 11, 13), ExtractFile.TA_NAV).size()).isGreaterThan(20);
    }

    @Test
    void fundBusinessWhenTenDatesThenConfirmsReferToKnownFundsAndMarketersAreRms() {
        Set<String> funds = firstFields(LAST, ExtractFile.TA_FUND);
        Set<String> rms = new HashSet<>();
        landing.rows(LAST, ExtractFile.HR_STAFF).stream().filter(s -> s[3].equals("RM")).forEach(s -> rms.add(s[0]));
        Set<String> codes = new HashSet<>();
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            for (String[] c : landing.rows(d, ExtractFile.TA_CONFIRM)) {
                codes.add(c[5]);
                assertThat(funds).contains(c[4]);
                assertThat(c[12].isEmpty() || rms.contains(c[12])).as(c[12]).isTrue();
            }
        }
        assertThat(codes).contains("122", "124", "142", "143");
        long holders = landing.rows(LAST, ExtractFile.TA_SHARE).stream().map(s -> s[2]).distinct().count();
        assertThat(holders).isBetween(300L, 900L);
    }

    private Map<String, Long> balances(LocalDate d) {
        Map<String, Long> balances = new HashMap<>();
        landing.rows(d, ExtractFile.CBS_BALANCE).forEach(b -> balances.put(b[1], Landing.cents(b[3])));
        return balances;
    }

    private Set<String> firstFields(LocalDate d, ExtractFile file) {
        Set<String> values = new HashSet<>();
        landing.rows(d, file).forEach(r -> values.add(r[0]));
        return values;
    }

    private static String rejectReason(ExtractFile file, String line) {
        try {
            org.wealthcrm.contract.extract.LineValidator.validate(file, line, LAST);
            return "accepted";
        } catch (org.wealthcrm.contract.extract.RejectedLineException e) {
            return e.reasonCode();
        }
    }
}
