package org.wealthcrm.contract.extract;

import static org.wealthcrm.contract.extract.Field.code;
import static org.wealthcrm.contract.extract.Field.currency;
import static org.wealthcrm.contract.extract.Field.date;
import static org.wealthcrm.contract.extract.Field.decimal;
import static org.wealthcrm.contract.extract.Field.digits;
import static org.wealthcrm.contract.extract.Field.level;
import static org.wealthcrm.contract.extract.Field.positive;
import static org.wealthcrm.contract.extract.Field.text;
import static org.wealthcrm.contract.extract.Field.timestamp;

import java.util.List;

/** The field lists of EXTRACTS.md, in file order. Optional fields are those the notes allow to be empty. */
final class Layouts {

    private static final String[] STATUS_AFC = {"A", "F", "C"};
    private static final String[] RISK_RATINGS = {"R1", "R2", "R3", "R4", "R5"};
    private static final String[] CHANNELS = {"CTR", "ATM", "MOB", "WEB", "POS", "SYS"};
    static final String[] TXN_CODES = {"1001", "1002", "2001", "2002", "3001", "4001", "4002",
        "5001", "5002", "6001", "6002", "6003", "6004", "7001"};
    static final String[] BIZ_CODES = {"120", "122", "124", "136", "137", "138", "139", "142", "143"};

    private Layouts() {
    }

    static final List<Field> CBS_CUSTOMER = List.of(
        text("cust_id", 16, true), text("cust_name", 60, true),
        code("id_type", true, "01", "02", "03", "04", "99"), text("id_no", 32, true),
        code("gender", true, "M", "F"), date("birth_date", true), text("mobile", 20, false),
        date("open_date", true), text("branch_code", 12, true), code("status", true, STATUS_AFC),
        text("occupation", 4, false), code("risk_level", false, "C1", "C2", "C3", "C4", "C5"),
        date("risk_eval_date", false), code("marketing_consent", true, "Y", "N"),
        text("province", 20, false), text("city", 20, false));

    static final List<Field> CBS_ACCOUNT = List.of(
        text("acct_no", 32, true), text("cust_id", 16, true), code("acct_type", true, "DD", "TD", "LN", "CC"),
        text("product_code", 16, false), currency("currency"), date("open_date", true),
        date("maturity_date", false), date("close_date", false), code("status", true, "A", "D", "F", "C"),
        text("branch_code", 12, true));

    static final List<Field> CBS_BALANCE = List.of(
        date("bal_date", true), text("acct_no", 32, true), currency("currency"),
        decimal("balance", 18, 2), decimal("balance_cny", 18, 2));

    static final List<Field> CBS_TXN = List.of(
        text("txn_id", 32, true), text("acct_no", 32, true), text("cust_id", 16, true),
        timestamp("txn_time"), code("direction", true, "D", "C"), positive("amount", 18, 2),
        currency("currency"), positive("amount_cny", 18, 2), code("channel", true, CHANNELS),
        code("txn_code", true, TXN_CODES), text("counterparty_bank", 12, false), text("summary", 60, false));

    static final List<Field> WM_PRODUCT = List.of(
        text("prod_code", 16, true), text("prod_name", 80, true), code("prod_type", true, "CM", "FI", "MX", "EQ"),
        code("risk_rating", true, RISK_RATINGS), date("issue_date", true), date("end_date", false),
        code("status", true, "S", "H", "E"));

    static final List<Field> WM_HOLDING = List.of(
        date("hold_date", true), text("cust_id", 16, true), text("prod_code", 16, true),
        decimal("shares", 18, 2), decimal("market_value_cny", 18, 2));

    static final List<Field> TA_FUND = List.of(
        digits("fund_code", 6), text("fund_name", 80, true),
        code("fund_type", true, "MM", "BD", "EQ", "HY", "QD", "FF"), code("risk_rating", true, RISK_RATINGS),
        text("company", 60, true), code("status", true, "0", "1", "2", "9"));

    static final List<Field> TA_NAV = List.of(
        date("nav_date", true), digits("fund_code", 6), positive("nav", 10, 4), positive("acc_nav", 10, 4));

    static final List<Field> TA_SHARE = List.of(
        date("share_date", true), text("ta_acct", 20, true), text("cust_id", 16, true), digits("fund_code", 6),
        decimal("shares", 18, 2), decimal("frozen_shares", 18, 2));

    static final List<Field> TA_CONFIRM = List.of(
        date("confirm_date", true), text("confirm_no", 32, true), text("cust_id", 16, true),
        text("ta_acct", 20, true), digits("fund_code", 6), code("biz_code", true, BIZ_CODES),
        optionalAmount("apply_amount"), decimal("confirm_amount", 18, 2), decimal("confirm_shares", 18, 2),
        decimal("fee", 18, 2), positive("nav", 10, 4), code("channel", true, CHANNELS),
        text("marketer_id", 16, false));

    static final List<Field> HR_ORG = List.of(
        text("org_code", 12, true), text("org_name", 60, true), level("org_level", "1", "2", "3", "4"),
        text("parent_code", 12, false));

    static final List<Field> HR_STAFF = List.of(
        text("staff_id", 16, true), text("staff_name", 40, true), text("org_code", 12, true),
        code("position", true, "RM", "TL", "BM", "RGM", "HQ", "CMP", "OPS"), code("status", true, "A", "L"),
        text("mobile", 20, false));

    static final List<Field> CRM_ASSIGN = List.of(
        text("cust_id", 16, true), text("staff_id", 16, true), code("rel_type", true, "M", "A"),
        positive("share_pct", 5, 2), date("since_date", true));

    private static Field optionalAmount(String name) {
        Field amount = decimal(name, 18, 2);
        return new Field(name, amount.type(), amount.length(), amount.scale(), false, amount.codes(), true);
    }
}
