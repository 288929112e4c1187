package org.wealthcrm.batch.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.wealthcrm.etl.extract.ExtractFile;

/** The table each extract lands in. */
final class TableLoads {

    private static final Map<ExtractFile, TableLoad> LOADS = Map.ofEntries(
            Map.entry(ExtractFile.HR_ORG, master("org_unit", List.of("org_code", "org_name", "org_level", "parent_code"),
                    Map.of("org_path", "/"), "org_code")),
            Map.entry(ExtractFile.HR_STAFF, master("staff",
                    List.of("staff_id", "staff_name", "org_code", "position", "status", "mobile"), Map.of(), "staff_id")),
            Map.entry(ExtractFile.TA_FUND, new TableLoad("product",
                    List.of("fund_code", "fund_name", "fund_type", "risk_rating", "company", "status"),
                    List.of("prod_code", "prod_name", "prod_type", "risk_rating", "company", "status"),
                    Map.of("category", "FUND"), List.of("category", "prod_code"), true, true)),
            Map.entry(ExtractFile.WM_PRODUCT, new TableLoad("product",
                    List.of("prod_code", "prod_name", "prod_type", "risk_rating", "issue_date", "end_date", "status"),
                    List.of("prod_code", "prod_name", "prod_type", "risk_rating", "issue_date", "end_date", "status"),
                    Map.of("category", "WEALTH"), List.of("category", "prod_code"), true, true)),
            Map.entry(ExtractFile.CBS_CUSTOMER, master("customer", List.of("cust_id", "cust_name", "id_type", "id_no",
                    "gender", "birth_date", "mobile", "open_date", "branch_code", "status", "occupation", "risk_level",
                    "risk_eval_date", "marketing_consent", "province", "city"), Map.of(), "cust_id")),
            Map.entry(ExtractFile.CBS_ACCOUNT, master("account", List.of("acct_no", "cust_id", "acct_type",
                    "product_code", "currency", "open_date", "maturity_date", "close_date", "status", "branch_code"),
                    Map.of(), "acct_no")),
            Map.entry(ExtractFile.CBS_BALANCE, fact("account_balance",
                    List.of("bal_date", "acct_no", "currency", "balance", "balance_cny"))),
            Map.entry(ExtractFile.WM_HOLDING, fact("wm_holding",
                    List.of("hold_date", "cust_id", "prod_code", "shares", "market_value_cny"))),
            Map.entry(ExtractFile.TA_NAV, fact("fund_nav", List.of("nav_date", "fund_code", "nav", "acc_nav"))),
            Map.entry(ExtractFile.TA_SHARE, fact("fund_share",
                    List.of("share_date", "ta_acct", "cust_id", "fund_code", "shares", "frozen_shares"))),
            Map.entry(ExtractFile.TA_CONFIRM, fact("fund_confirm", List.of("confirm_date", "confirm_no", "cust_id",
                    "ta_acct", "fund_code", "biz_code", "apply_amount", "confirm_amount", "confirm_shares", "fee", "nav",
                    "channel", "marketer_id"))));


    private TableLoads() {
    }

    static Optional<TableLoad> of(ExtractFile file) {
        return Optional.ofNullable(LOADS.get(file));
    }

    private static TableLoad master(String table, List<String> fields, Map<String, Object> constants, String key) {
        return new TableLoad(table, fields, fields, new LinkedHashMap<>(constants), List.of(key), true, true);
    }

    private static TableLoad fact(String table, List<String> fields) {
        return new TableLoad(table, fields, fields, Map.of(), List.of(), false, false);
    }
}
