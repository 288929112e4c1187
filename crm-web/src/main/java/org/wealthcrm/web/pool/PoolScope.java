package org.wealthcrm.web.pool;

import java.util.Arrays;

import org.wealthcrm.web.scope.DataScope;

/**
 * Which part of the bank a user works on for pool and ownership moves. The pool is kept per branch: RMs and team
 * leads see the pool of the branch their sub-branch belongs to, branch and regional managers their own subtree, head
 * office all of it; customers are handed to staff of that same part.
 */
public final class PoolScope {

    private static final int BRANCH_DEPTH = 3;

    private PoolScope() {
    }

    /** The org_path prefix of the pool customers {@code scope} sees; null when it sees none. */
    public static String prefix(DataScope scope) {
        return switch (scope.kind()) {
            case ALL -> "/";
            case ORG -> scope.orgPath();
            case OWN, TEAM -> branchOf(scope.orgPath());
            case NONE -> null;
        };
    }

    /** Whether {@code scope} may assign, discard and restore: managers that are not read-only. */
    public static boolean manages(DataScope scope) {
        return !scope.masked() && switch (scope.kind()) {
            case TEAM, ORG, ALL -> true;
            case OWN, NONE -> false;
        };
    }

    /** {@code /HO000/R01/B0101/S010101/} becomes {@code /HO000/R01/B0101/}. */
    static String branchOf(String orgPath) {
        if (orgPath == null) {
            return null;
        }
        String[] parts = orgPath.substring(1).split("/");
        if (parts.length <= BRANCH_DEPTH) {
            return orgPath;
        }
        return "/" + String.join("/", Arrays.copyOf(parts, BRANCH_DEPTH)) + "/";
    }
}
