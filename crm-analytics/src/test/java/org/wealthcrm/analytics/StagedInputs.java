package org.wealthcrm.analytics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hand-written extract files (EXTRACTS.md layout) for 20261118 and 20261120. */
final class StagedInputs {

    private static final String CUSTOMERS = """
            C001|张三|01|110101199001011234|M|19900101|13800000001|20200101|BR001|A|0001|C3|20250101|Y|北京|北京
            C002|李四|01|110101198502021234|F|19850202|13800000002|20210101|BR001|A|0002|C4|20250101|Y|北京|北京
            C003|王五|02|E12345678|M|19700303|13800000003|20220101|BR001|F|0003|||N|上海|上海
            C004|赵六|01|110101196004041234|F|19600404|13800000004|20190101|BR001|C|0004|C2|20240101|N|上海|上海
            C005|孙七|01|110101200005051234|M|20000505|13800000005|20260101|BR001|A|0005|||Y|天津|天津
            """;
    private static final String ACCOUNTS = """
            AC001DD|C001|DD|DD01|CNY|20200101|||A|BR001
            AC001TD|C001|TD|TD3Y|CNY|20240101|20270101||A|BR001
            AC001LN|C001|LN|LN01|CNY|20240101|20290101||A|BR001
            AC002CC|C002|CC|CC01|CNY|20210101|||A|BR001
            AC003DD|C003|DD|DD01|CNY|20220101|||F|BR001
            AC004DD|C004|DD|DD01|CNY|20190101|||A|BR001
            """;
    private static final String FUNDS = """
            000001|成长股票|EQ|R4|甲基金|0
            000002|稳健债券|BD|R2|乙基金|0
            000003|现金宝货币|MM|R1|乙基金|0
            000004|平衡混合|HY|R3|丙基金|0
            """;

    private StagedInputs() {
    }

    static void write(Path staged) throws IOException {
        day(staged, "20261118", """
                20261118|AC001DD|CNY|1000.00|1000.00
                20261118|AC001TD|CNY|49000.00|49000.00
                20261118|AC001LN|CNY|5000.00|5000.00
                20261118|AC002CC|CNY|300.00|300.00
                20261118|AC004DD|CNY|700.00|700.00
                """, """
                T18001|AC001DD|C001|20261118093000|C|500.00|CNY|500.00|MOB|2001||转入
                T18002|AC001DD|C001|20261118120000|D|88.00|CNY|88.00|POS|4002||消费
                T18003|AC001DD|C001|20261118235900|C|1.20|CNY|1.20|SYS|5001||利息
                T18004|AC002CC|C002|20261118235900|D|10.00|CNY|10.00|SYS|5002||年费
                """, "", """
                20261118|000001|1.2345|1.5000
                20261118|000002|1.0001|1.1000
                20261118|000003|1.0000|1.0000
                20261118|000004|2.0000|2.2000
                """, """
                20261118|TA0002|C002|000001|100.00|0.00
                20261118|TA0002|C002|000004|20.00|0.00
                """, """
                20261118|CF18001|C002|TA0002|000001|122|1000.00|999.00|800.00|1.00|1.2345|MOB|S001
                20261118|CF18002|C002|TA0002|000004|143|0.00|12.00|6.00|0.00|2.0000|SYS|
                20261118|CF18003|C002|TA0002|000004|137|0.00|40.00|20.00|0.00|2.0000|MOB|
                """);
        day(staged, "20261120", """
                20261120|AC001DD|CNY|1000.00|1000.00
                20261120|AC001TD|CNY|49000.00|49000.00
                20261120|AC001LN|CNY|5000.00|5000.00
                20261120|AC002CC|CNY|300.00|300.00
                20261120|AC003DD|CNY|0.00|0.00
                20261120|AC004DD|CNY|700.00|700.00
                """, """
                T20001|AC001DD|C001|20261120090000|C|200.00|CNY|200.00|CTR|1001||存现
                T20002|AC001DD|C001|20261120100000|D|100.00|CNY|100.00|ATM|1002||取现
                T20003|AC003DD|C003|20261120235900|C|0.01|CNY|0.01|SYS|5001||利息
                T20004|AC004DD|C004|20261120090000|C|50.00|CNY|50.00|CTR|1001||存现
                """, """
                20261120|C003|WM0001|120000.00|120000.00
                """, """
                20261120|000002|1.0005|1.1004
                20261120|000003|1.0000|1.0000
                20261120|000004|2.5000|2.7000
                """, """
                20261120|TA0002|C002|000001|100.00|0.00
                20261120|TA0002|C002|000002|33.33|0.00
                20261120|TA0002|C002|000004|20.00|0.00
                20261120|TA0002|C002|000003|5.00|0.00
                20261120|TA0003|C003|000002|10.00|0.00
                """, """
                20261120|CF20001|C002|TA0002|000001|124|0.00|50.00|40.00|0.25|1.2345|WEB|
                20261120|CF20002|C002|TA0002|000004|142|0.00|10.00|5.00|0.00|2.5000|SYS|
                20261120|CF20003|C003|TA0003|000002|139|10.01|10.00|10.00|0.01|1.0005|MOB|S002
                """);
    }

    private static void day(Path staged, String date, String balances, String txns, String holdings,
            String navs, String shares, String confirms) throws IOException {
        Path dir = Files.createDirectories(staged.resolve(date));
        file(dir, "cbs_customer", date, CUSTOMERS);
        file(dir, "cbs_account", date, ACCOUNTS);
        file(dir, "ta_fund", date, FUNDS);
        file(dir, "cbs_balance", date, balances);
        file(dir, "cbs_txn", date, txns);
        file(dir, "wm_holding", date, holdings);
        file(dir, "ta_nav", date, navs);
        file(dir, "ta_share", date, shares);
        file(dir, "ta_confirm", date, confirms);
    }

    private static void file(Path dir, String name, String date, String content) throws IOException {
        Files.writeString(dir.resolve(name + "_" + date + ".dat"), content, StandardCharsets.UTF_8);
    }
}
