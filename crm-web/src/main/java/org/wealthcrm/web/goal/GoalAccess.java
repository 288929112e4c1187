package org.wealthcrm.web.goal;

import java.util.Set;

import org.springframework.stereotype.Service;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.scope.ScopeKind;

/**
 * Who sees and who splits which unit's targets. A unit is seen within the data scope: a relationship manager only
 * his or her own targets, a team lead the team (sub-branch) and its managers, branch and regional managers their
 * subtree, head office everything. A unit is split by its own leader (the regional manager of a region, the branch
 * manager of a branch, the team lead of a team) or by head office staff; the head office's split sets the regions'
 * targets.
 */
@Service
class GoalAccess {

    private static final Set<String> LEADERS = Set.of("RGM", "BM", "TL");

    private final GoalMapper mapper;

    GoalAccess(GoalMapper mapper) {
        this.mapper = mapper;
    }

    /** The unit a user starts on: the own targets, the own org unit, or the head office. */
    String home(DataScope scope) {
        return switch (scope.kind()) {
            case OWN -> scope.staffId();
            case TEAM, ORG -> scope.orgCode();
            case ALL -> mapper.findRootOrg();
            case NONE -> throw new OutOfScopeException("无权查看目标");
        };
    }

    /** The unit, when the scope covers it; refused otherwise (and for unknown codes). */
    GoalRows.Unit visible(DataScope scope, String code) {
        GoalRows.Unit unit = mapper.findUnit(code);
        if (unit == null || !sees(scope, unit)) {
            throw new OutOfScopeException("无权查看该单位的目标");
        }
        return unit;
    }

    boolean sees(DataScope scope, GoalRows.Unit unit) {
        if (scope.kind() == ScopeKind.OWN) {
            return !unit.org() && unit.code().equals(scope.staffId());
        }
        return scope.covers(unit.path());
    }

    boolean splits(DataScope scope, GoalRows.Unit unit) {
        if (!unit.org() || scope.staffId() == null || scope.masked()) {
            return false;
        }
        GoalRows.Placement me = mapper.findPlacement(scope.staffId());
        return me != null && ("HQ".equals(me.position())
                || (LEADERS.contains(me.position()) && me.orgCode().equals(unit.code())));
    }
}
