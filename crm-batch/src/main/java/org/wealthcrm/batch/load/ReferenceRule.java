package org.wealthcrm.batch.load;

import java.util.List;
import java.util.Map;

import org.wealthcrm.contract.extract.ExtractFile;

/** A field whose value must be a key of a file loaded earlier the same night (an account's customer, say). */
record ReferenceRule(String field, ExtractFile target, String reasonCode) {

    static final Map<ExtractFile, List<ReferenceRule>> RULES = Map.of(
            ExtractFile.HR_STAFF, List.of(new ReferenceRule("org_code", ExtractFile.HR_ORG, "UNKNOWN_ORG")),
            ExtractFile.CBS_CUSTOMER, List.of(new ReferenceRule("branch_code", ExtractFile.HR_ORG, "UNKNOWN_ORG")),
            ExtractFile.CBS_ACCOUNT, List.of(new ReferenceRule("cust_id", ExtractFile.CBS_CUSTOMER, "UNKNOWN_CUSTOMER")),
            ExtractFile.CBS_BALANCE, List.of(new ReferenceRule("acct_no", ExtractFile.CBS_ACCOUNT, "UNKNOWN_ACCOUNT")),
            ExtractFile.CBS_TXN, List.of(new ReferenceRule("acct_no", ExtractFile.CBS_ACCOUNT, "UNKNOWN_ACCOUNT"),
                    new ReferenceRule("cust_id", ExtractFile.CBS_CUSTOMER, "UNKNOWN_CUSTOMER")),
            ExtractFile.WM_HOLDING, List.of(new ReferenceRule("cust_id", ExtractFile.CBS_CUSTOMER, "UNKNOWN_CUSTOMER"),
                    new ReferenceRule("prod_code", ExtractFile.WM_PRODUCT, "UNKNOWN_PRODUCT")),
            ExtractFile.TA_NAV, List.of(new ReferenceRule("fund_code", ExtractFile.TA_FUND, "UNKNOWN_FUND")),
            ExtractFile.TA_SHARE, List.of(new ReferenceRule("cust_id", ExtractFile.CBS_CUSTOMER, "UNKNOWN_CUSTOMER"),
                    new ReferenceRule("fund_code", ExtractFile.TA_FUND, "UNKNOWN_FUND")),
            ExtractFile.TA_CONFIRM, List.of(new ReferenceRule("cust_id", ExtractFile.CBS_CUSTOMER, "UNKNOWN_CUSTOMER"),
                    new ReferenceRule("fund_code", ExtractFile.TA_FUND, "UNKNOWN_FUND")),
            ExtractFile.CRM_ASSIGN, List.of(new ReferenceRule("cust_id", ExtractFile.CBS_CUSTOMER, "UNKNOWN_CUSTOMER"),
                    new ReferenceRule("staff_id", ExtractFile.HR_STAFF, "UNKNOWN_STAFF")));

    static List<ReferenceRule> of(ExtractFile file) {
        return RULES.getOrDefault(file, List.of());
    }
}
