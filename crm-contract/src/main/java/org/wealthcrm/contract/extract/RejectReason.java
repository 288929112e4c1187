package org.wealthcrm.contract.extract;

/** Stable codes for why a line was rejected, so reports can group rejections. */
public enum RejectReason {
    FIELD_COUNT,
    MISSING_VALUE,
    TOO_LONG,
    BAD_DATE,
    BAD_AMOUNT,
    UNKNOWN_CODE,
    BAD_FORMAT,
    BAD_ID_NUMBER,
    BAD_MOBILE,
    WRONG_DATE
}
