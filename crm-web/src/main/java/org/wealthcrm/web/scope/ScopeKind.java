package org.wealthcrm.web.scope;

/** How far a user sees into the customer base. */
public enum ScopeKind {
    /** Customers the user manages, as main or assisting manager (relationship managers). */
    OWN,
    /** Customers whose main manager works in the user's own org unit, plus the user's own (team leads). */
    TEAM,
    /** Customers whose home branch lies in the user's org subtree (branch and regional managers). */
    ORG,
    /** Every customer (head office, compliance). */
    ALL,
    /** No customer at all (operations staff, users without a staff position that sees customers). */
    NONE
}
