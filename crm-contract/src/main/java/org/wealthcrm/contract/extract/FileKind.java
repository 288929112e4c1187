package org.wealthcrm.contract.extract;

/** Whether a file carries the full state of its business date or only that date's events. */
public enum FileKind {
    /** (S) the full state as of the business date. */
    SNAPSHOT,
    /** (E) only the events of the business date. */
    EVENT
}
