package org.wealthcrm.web.cockpit;

import java.math.BigDecimal;
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

    List<ManagerRows.ChurnAlert> churnAlerts(@Param("scope") DataScope scope, @Param("date") LocalDate date,
                                             @Param("tiers") List<String> tiers,
                                             @Param("threshold") BigDecimal threshold, @Param("limit") int limit);

    List<ManagerRows.ListProgress> listProgress(@Param("scope") DataScope scope, @Param("date") LocalDate date);
}
