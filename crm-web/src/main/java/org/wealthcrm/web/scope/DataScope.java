package org.wealthcrm.web.scope;

/**
 * What the current user may see, built once per request from the authenticated user's staff row. Every customer read
 * passes it to the mapper, which applies it in SQL.
 *
 * @param kind     how far the user sees
 * @param staffId  the user's staff id (OWN, TEAM)
 * @param orgCode  the user's org unit (TEAM, and the default focus of ORG)
 * @param orgPath  the user's org unit's materialised path, e.g. {@code /HO000/R01/B0101/} (ORG)
 * @param masked   whether mobile and ID numbers are shown masked (compliance)
 */
public record DataScope(ScopeKind kind, String staffId, String orgCode, String orgPath, boolean masked) {

    /** Whether no restriction applies; mapper XML tests this to skip the scope sub-query. */
    public boolean seesAll() {
        return kind == ScopeKind.ALL;
    }

    /** Whether the org unit at {@code path} lies inside this scope's org subtree (ALL sees every org). */
    public boolean covers(String path) {
        return switch (kind) {
            case ALL -> true;
            case ORG -> path != null && path.startsWith(orgPath);
            case OWN, TEAM, NONE -> path != null && path.equals(orgPath);
        };
    }
}
