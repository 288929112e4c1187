package org.wealthcrm.etl.generator;

/** The kinds of bad rows {@code --bad-rows} injects, as listed in {@code bad-rows.csv}. */
public enum BadRowKind {
    /** A txn row with one field missing. */
    FIELD_COUNT,
    /** A customer row whose birth_date is not a calendar date. */
    BAD_DATE,
    /** A txn row whose amount is not N(18,2). */
    BAD_AMOUNT,
    /** An account row with acct_type XX. */
    UNKNOWN_CODE,
    /** A second row with the cust_id of cbs_customer or the acct_no of cbs_account of another row. */
    DUPLICATE_KEY,
    /** An account row whose cust_id is not in cbs_customer. */
    UNKNOWN_CUSTOMER,
    /** A ta_share row whose fund_code is not in ta_fund. */
    UNKNOWN_FUND,
    /** A customer row with id_type 01 and a wrong GB 11643 check digit. */
    BAD_ID_NUMBER
}
