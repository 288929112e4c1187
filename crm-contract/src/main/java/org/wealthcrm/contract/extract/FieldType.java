package org.wealthcrm.contract.extract;

/** The value types of the extract contract (EXTRACTS.md, "Types"). */
public enum FieldType {
    /** {@code C(n)}: free text of at most n characters. */
    TEXT,
    /** A text field restricted to a listed set of codes. */
    CODE,
    /** A code made of exactly n ASCII digits, such as a six-digit fund code. */
    DIGITS,
    /** An ISO 4217 currency: three upper-case letters. */
    CURRENCY,
    /** {@code D}: {@code YYYYMMDD}. */
    DATE,
    /** {@code T}: {@code YYYYMMDDHHMMSS}. */
    TIMESTAMP,
    /** {@code N(p,s)}: optional '-', at most p-s integer digits, a '.' and exactly s decimals. */
    DECIMAL
}
