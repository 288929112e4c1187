package org.wealthcrm.batch.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.wealthcrm.contract.extract.ExtractFile;
import org.wealthcrm.contract.extract.Field;

/** The table each extract lands in; a file's fields come from the contract ({@link ExtractFile#fields()}). */
final class TableLoads {

    private static final Map<ExtractFile, TableLoad> LOADS = Map.ofEntries(
            master(ExtractFile.HR_ORG, "org_unit", Map.of("org_path", "/"), "org_code"),
            master(ExtractFile.HR_STAFF, "staff", Map.of(), "staff_id"),
            Map.entry(ExtractFile.TA_FUND, new TableLoad("product", fieldsOf(ExtractFile.TA_FUND),
                    List.of("prod_code", "prod_name", "prod_type", "risk_rating", "company", "status"),
                    Map.of("category", "FUND"), List.of("category", "prod_code"), true, true)),
            Map.entry(ExtractFile.WM_PRODUCT, new TableLoad("product", fieldsOf(ExtractFile.WM_PRODUCT),
                    fieldsOf(ExtractFile.WM_PRODUCT), Map.of("category", "WEALTH"), List.of("category", "prod_code"),
                    true, true)),
            master(ExtractFile.CBS_CUSTOMER, "customer", Map.of(), "cust_id"),
            master(ExtractFile.CBS_ACCOUNT, "account", Map.of(), "acct_no"),
            fact(ExtractFile.CBS_BALANCE, "account_balance"),
            fact(ExtractFile.WM_HOLDING, "wm_holding"),
            fact(ExtractFile.TA_NAV, "fund_nav"),
            fact(ExtractFile.TA_SHARE, "fund_share"),
            fact(ExtractFile.TA_CONFIRM, "fund_confirm"));

    private TableLoads() {
    }

    static Optional<TableLoad> of(ExtractFile file) {
        return Optional.ofNullable(LOADS.get(file));
    }

    /** A master table whose columns are the file's fields (as the contract declares them), upserted by key. */
    private static Map.Entry<ExtractFile, TableLoad> master(ExtractFile file, String table,
                                                            Map<String, Object> constants, String key) {
        List<String> fields = fieldsOf(file);
        return Map.entry(file, new TableLoad(table, fields, fields, new LinkedHashMap<>(constants), List.of(key),
                true, true));
    }

    /** A fact table of the date whose columns are the file's fields. */
    private static Map.Entry<ExtractFile, TableLoad> fact(ExtractFile file, String table) {
        List<String> fields = fieldsOf(file);
        return Map.entry(file, new TableLoad(table, fields, fields, Map.of(), List.of(), false, false));
    }

    private static List<String> fieldsOf(ExtractFile file) {
        return file.fields().stream().map(Field::name).toList();
    }
}
