package org.wealthcrm.web.cockpit;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.wealthcrm.web.scope.DataScope;

/** The manager cockpit's reads over the mart and the target lists, each limited to the viewer's scope. */
@Mapper
interface ManagerCockpitMapper {

    /** Two rows: holders first (name HOLDING), then empty positions (name EMPTY). */
    List<ManagerRows.PositionSlice> positions(@Param("scope") DataScope scope, @Param("date") LocalDate date);

    /** Open alerts (OPEN, ACKED) raised on or before the date for customers in scope, highest score first. */
    List<ManagerRows.ChurnAlert> churnAlerts(@Param("scope") DataScope scope, @Param("date") LocalDate date,
                                             @Param("limit") int limit);

    /** One unit's targets of a month (unit type O org unit, S relationship manager), completion as of the date. */
    List<ManagerRows.GoalProgress> goals(@Param("unitType") String unitType, @Param("unitCode") String unitCode,
                                         @Param("month") LocalDate month, @Param("date") LocalDate date);

    List<ManagerRows.ListProgress> listProgress(@Param("scope") DataScope scope, @Param("date") LocalDate date);
}
