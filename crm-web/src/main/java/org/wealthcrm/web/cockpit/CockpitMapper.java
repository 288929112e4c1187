package org.wealthcrm.web.cockpit;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.wealthcrm.web.scope.DataScope;

/**
 * Cockpit aggregations over customer_metrics joined to org_unit. Every figure is limited to the viewer's scope and,
 * when {@code path} is set, to the home branches under that org path.
 */
@Mapper
interface CockpitMapper {

    CockpitRows.OrgUnit findOrg(@Param("orgCode") String orgCode);

    CockpitRows.OrgUnit findRoot();

    List<CockpitRows.OrgUnit> findOrgs(@Param("orgCodes") List<String> orgCodes);

    CockpitRows.Kpis kpis(@Param("scope") DataScope scope, @Param("date") LocalDate date,
                          @Param("path") String path);

    List<CockpitRows.TierSlice> tiers(@Param("scope") DataScope scope, @Param("date") LocalDate date,
                                      @Param("path") String path);

    List<CockpitRows.Slice> byChildOrg(@Param("scope") DataScope scope, @Param("date") LocalDate date,
                                       @Param("path") String path, @Param("parent") String parent);

    List<CockpitRows.Slice> byManager(@Param("scope") DataScope scope, @Param("date") LocalDate date,
                                      @Param("path") String path);

    /** Totals per published date up to {@code date}, the last {@code count} dates, newest first. */
    List<CockpitRows.TrendPoint> trend(@Param("scope") DataScope scope, @Param("date") LocalDate date,
                                       @Param("path") String path, @Param("count") int count);
}
