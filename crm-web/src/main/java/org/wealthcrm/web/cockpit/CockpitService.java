package org.wealthcrm.web.cockpit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.wealthcrm.web.customer.MetricLabels;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.scope.ScopeKind;

/** The leadership cockpit's figures for the viewer's scope, at the org unit in focus, as of one business date. */
@Service
class CockpitService {

    static final int TREND_DATES = 30;
    private static final String PUBLIC_POOL = "公共池";

    private final CockpitMapper mapper;
    private final MetricLabels labels;

    CockpitService(CockpitMapper mapper, MetricLabels labels) {
        this.mapper = mapper;
        this.labels = labels;
    }

    /** The unit in focus: {@code orgCode} when given and inside the scope, else the viewer's own level. */
    Focus focus(DataScope scope, String orgCode) {
        if (scope.kind() == ScopeKind.ALL || scope.kind() == ScopeKind.ORG) {
            CockpitRows.OrgUnit home = scope.seesAll() ? mapper.findRoot() : mapper.findOrg(scope.orgCode());
            CockpitRows.OrgUnit org = orgCode == null ? home : mapper.findOrg(orgCode);
            if (org == null || !scope.covers(org.orgPath())) {
                throw new OutOfScopeException("无权查看该机构");
            }
            return new Focus(org, org.orgPath(), org.orgLevel() >= 4);
        }
        CockpitRows.OrgUnit own = scope.orgCode() == null ? null : mapper.findOrg(scope.orgCode());
        if (orgCode != null && (own == null || !own.orgCode().equals(orgCode))) {
            throw new OutOfScopeException("无权查看该机构");
        }
        return new Focus(own, null, true);
    }

    /** The units from the top of the viewer's scope down to the focus, for the breadcrumb. */
    List<CockpitRows.OrgUnit> trail(DataScope scope, Focus focus) {
        if (focus.org() == null || focus.filterPath() == null) {
            return focus.org() == null ? List.of() : List.of(focus.org());
        }
        List<String> codes = Arrays.stream(focus.filterPath().split("/")).filter(code -> !code.isEmpty()).toList();
        String top = scope.seesAll() ? codes.get(0) : scope.orgCode();
        return mapper.findOrgs(codes.subList(Math.max(codes.indexOf(top), 0), codes.size()));
    }

    CockpitRows.Kpis kpis(DataScope scope, Focus focus, LocalDate date) {
        return mapper.kpis(scope, date, focus.filterPath());
    }

    /** All five tiers, highest first, zero where no customer has the tier. */
    List<CockpitRows.TierSlice> tiers(DataScope scope, Focus focus, LocalDate date) {
        Map<String, CockpitRows.TierSlice> found = mapper.tiers(scope, date, focus.filterPath()).stream()
                .collect(Collectors.toMap(CockpitRows.TierSlice::tier, Function.identity()));
        return MetricLabels.TIERS.stream()
                .map(tier -> {
                    CockpitRows.TierSlice slice = found.get(tier);
                    return new CockpitRows.TierSlice(tier, labels.tier(tier),
                            slice == null ? 0 : slice.customers(), slice == null ? BigDecimal.ZERO : slice.aum());
                })
                .toList();
    }

    /** The bars under the focus: child org units (drillable), or main managers at sub-branch level. */
    List<CockpitRows.Slice> breakdown(DataScope scope, Focus focus, LocalDate date) {
        if (!focus.byManager()) {
            return mapper.byChildOrg(scope, date, focus.filterPath(), focus.orgCode());
        }
        return mapper.byManager(scope, date, focus.filterPath()).stream()
                .map(slice -> slice.code() == null ? slice.named(PUBLIC_POOL) : slice)
                .toList();
    }

    /** Totals on the last 30 published dates up to {@code date}, oldest first. */
    List<CockpitRows.TrendPoint> trend(DataScope scope, Focus focus, LocalDate date) {
        List<CockpitRows.TrendPoint> points = new ArrayList<>(mapper.trend(scope, date, focus.filterPath(),
                TREND_DATES));
        Collections.reverse(points);
        return points;
    }
}
