package org.wealthcrm.web.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Targets, their units and their nightly completion (bindings with #{} only). */
@Mapper
interface GoalMapper {

    GoalRows.Unit findUnit(@Param("code") String code);

    String findRootOrg();

    /** Child org units, then the active relationship managers working directly in the unit. */
    List<GoalRows.Unit> findChildren(@Param("orgCode") String orgCode);

    GoalRows.Placement findPlacement(@Param("staffId") String staffId);

    List<GoalRows.Goal> findGoals(@Param("month") LocalDate month, @Param("codes") Collection<String> codes);

    LocalDate findLatestCompletionDate(@Param("month") LocalDate month);

    List<GoalRows.Completion> findCompletions(@Param("month") LocalDate month, @Param("bizDate") LocalDate bizDate,
                                              @Param("codes") Collection<String> codes);

    /** Removes the unit's split and any earlier target of its children (they may have moved between units). */
    int deleteSplit(@Param("month") LocalDate month, @Param("metric") String metric,
                    @Param("parentCode") String parentCode, @Param("codes") Collection<String> childCodes);

    void insertGoal(@Param("month") LocalDate month, @Param("metric") String metric, @Param("unit") GoalRows.Unit unit,
                    @Param("parentCode") String parentCode, @Param("value") BigDecimal value,
                    @Param("state") String state, @Param("setBy") String setBy,
                    @Param("at") LocalDateTime at);
}
