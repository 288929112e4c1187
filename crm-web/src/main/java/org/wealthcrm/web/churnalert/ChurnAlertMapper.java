package org.wealthcrm.web.churnalert;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.wealthcrm.web.scope.DataScope;

/** Churn alerts raised by the nightly run (crm-batch churnalert), within a data scope (bindings with #{} only). */
@Mapper
interface ChurnAlertMapper {

    /** Alerts of customers in scope, open ones only unless {@code all}, newest first. */
    List<ChurnAlertRows.Alert> findAlerts(@Param("scope") DataScope scope, @Param("all") boolean all);

    ChurnAlertRows.Alert findAlert(@Param("scope") DataScope scope, @Param("alertId") long alertId);

    int updateStatus(@Param("alertId") long alertId, @Param("status") String status, @Param("by") String by,
                     @Param("at") LocalDateTime at, @Param("note") String note);

    /** Open alerts of customers in scope whose home branch lies under {@code path}. */
    List<ChurnAlertRows.Exposure> findExposure(@Param("scope") DataScope scope, @Param("path") String path);

    ChurnAlertRows.Org findOrg(@Param("orgCode") String orgCode);

    List<ChurnAlertRows.Org> findChildOrgs(@Param("orgCode") String orgCode);

    String findRootOrg();
}
