package org.wealthcrm.web.cockpit;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Reads the nightly manager KPIs: {@code month} false reads the day rows of {@code date}, true the month rows of
 * the month starting on {@code date}. Scope is checked by the caller (KpiService) on the units asked for.
 */
@Mapper
interface KpiMapper {

    KpiRow unit(@Param("month") boolean month, @Param("date") LocalDate date, @Param("level") String level,
                @Param("unitId") String unitId);

    /** The child org units of {@code parent} that have KPI rows, each drillable. */
    List<KpiRow> childOrgs(@Param("month") boolean month, @Param("date") LocalDate date,
                           @Param("parent") String parent);

    /** The RMs sitting in org unit {@code orgCode}, largest AUM first. */
    List<KpiRow> rmsOf(@Param("month") boolean month, @Param("date") LocalDate date,
                       @Param("orgCode") String orgCode);
}
