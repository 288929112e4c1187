package org.wealthcrm.batch.night;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.wealthcrm.contract.extract.ControlFile;
import org.wealthcrm.contract.extract.ExtractFile;
import org.wealthcrm.contract.extract.IdNumber;

/**
 * Customers whose figures are worked out by hand, appended to a generated delivery (control files rewritten):
 * <ul>
 * <li>PLANT01: DD 1,000.00 + TD 49,000.00 + a loan of 5,000.00 every day; one card purchase on day 1 and one
 *     interest credit (system, not counted) on day 2 ⇒ AUM 50,000.00, average 50,000.00, VIP4, A04, L4,
 *     categories DD;TD, main manager = the planted assignment.</li>
 * <li>PLANT02: 100.00 shares of the planted bond fund 777001 every day, NAV 1.2000 on day 1, 1.3000 on day 2 and
 *     none on day 3; wealth product PWM001 worth 60,000.00 on day 3 only; a purchase (122) on day 2 and a dividend
 *     (143, not counted) on day 3 ⇒ day-3 AUM 60,130.00 (A04), average (120 + 130 + 60,130) / 3 = 20,126.67
 *     (MASS), L4, categories WM;FBD.</li>
 * <li>PLANT03: closed (status C) ⇒ not exported. PLANT04: no assets, no manager ⇒ zeros, A01, L5, empty manager.</li>
 * </ul>
 */
final class PlantedCustomers {

    static final DateTimeFormatter D = DateTimeFormatter.BASIC_ISO_DATE;

    private PlantedCustomers() {
    }

    static void plant(Path landing, List<LocalDate> dates, String branch, String rm) throws IOException {
        for (int day = 0; day < dates.size(); day++) {
            LocalDate date = dates.get(day);
            String d = date.format(D);
            append(landing, ExtractFile.CBS_CUSTOMER, date, customer("PLANT01", "测试甲", "A", branch),
                    customer("PLANT02", "测试乙", "A", branch), customer("PLANT03", "测试丙", "C", branch),
                    customer("PLANT04", "测试丁", "F", branch));
            append(landing, ExtractFile.CBS_ACCOUNT, date,
                    "PA0101|PLANT01|DD|DD01|CNY|20200101|||A|" + branch,
                    "PA0102|PLANT01|TD|TD1Y|CNY|20260101|20270101||A|" + branch,
                    "PA0103|PLANT01|LN|LN01|CNY|20250101|20300101||A|" + branch);
            append(landing, ExtractFile.CBS_BALANCE, date, d + "|PA0101|CNY|1000.00|1000.00",
                    d + "|PA0102|CNY|49000.00|49000.00", d + "|PA0103|CNY|5000.00|5000.00");
            append(landing, ExtractFile.TA_FUND, date, "777001|测试债券基金|BD|R2|测试基金公司|0");
            append(landing, ExtractFile.WM_PRODUCT, date, "PWM001|测试理财|FI|R2|20260101||S");
            append(landing, ExtractFile.TA_SHARE, date, d + "|PTA02|PLANT02|777001|100.00|0.00");
            if (day == 0) {
                append(landing, ExtractFile.TA_NAV, date, d + "|777001|1.2000|1.2000");
                append(landing, ExtractFile.CBS_TXN, date,
                        "PTX" + d + "1|PA0101|PLANT01|" + d + "101500|D|88.00|CNY|88.00|POS|4002||超市");
                append(landing, ExtractFile.CRM_ASSIGN, date, "PLANT01|" + rm + "|M|100.00|20260101",
                        "PLANT02|" + rm + "|M|100.00|20260101");
            }
            if (day == 1) {
                append(landing, ExtractFile.TA_NAV, date, d + "|777001|1.3000|1.3000");
                append(landing, ExtractFile.CBS_TXN, date,
                        "PTX" + d + "2|PA0101|PLANT01|" + d + "235900|C|0.35|CNY|0.35|SYS|5001||利息");
                append(landing, ExtractFile.TA_CONFIRM, date,
                        d + "|PCF" + d + "|PLANT02|PTA02|777001|122|120.00|120.00|100.00|0.00|1.2000|MOB|" + rm);
            }
            if (day == 2) {
                append(landing, ExtractFile.WM_HOLDING, date, d + "|PLANT02|PWM001|60000.00|60000.00");
                append(landing, ExtractFile.TA_CONFIRM, date,
                        d + "|PCF" + d + "|PLANT02|PTA02|777001|143|0.00|0.00|0.00|0.00|1.3000|SYS|");
            }
        }
    }

    private static String customer(String id, String name, String status, String branch) {
        String first17 = "11010519800101" + id.substring(5) + "1";
        String idNo = first17 + IdNumber.checkDigit(first17);
        return id + "|" + name + "|01|" + idNo + "|M|19800101|13800138000|20200101|" + branch + "|" + status
                + "|0001|C3|20250101|Y|北京|北京";
    }

    static void append(Path landing, ExtractFile file, LocalDate date, String... lines) throws IOException {
        Path dir = landing.resolve(date.format(D));
        Path data = dir.resolve(file.fileName(date));
        Files.writeString(data, String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ControlFile.describe(data, date, LocalDateTime.of(date.plusDays(1), java.time.LocalTime.of(2, 0)))
                .write(dir.resolve(file.controlFileName(date)));
    }
}
