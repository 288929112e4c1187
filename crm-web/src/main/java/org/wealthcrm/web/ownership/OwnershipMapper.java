package org.wealthcrm.web.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.wealthcrm.web.scope.DataScope;

@Mapper
interface OwnershipMapper {

    boolean isInScope(@Param("scope") DataScope scope, @Param("custId") String custId);

    /** An active RM or team lead whose org lies under {@code prefix}. */
    boolean isAssignable(@Param("staffId") String staffId, @Param("prefix") String prefix);

    List<OwnershipRows.Manager> findManagers(@Param("custId") String custId);

    /** Customers whose main manager is {@code staffId}, within the scope. */
    List<String> findMainCustomers(@Param("scope") DataScope scope, @Param("staffId") String staffId);

    int deleteManager(@Param("custId") String custId, @Param("staffId") String staffId);

    int deleteAssisting(@Param("custId") String custId);

    int updateMain(@Param("custId") String custId, @Param("staffId") String staffId,
                   @Param("sharePct") BigDecimal sharePct, @Param("since") LocalDate since);

    void insertManager(@Param("custId") String custId, @Param("staffId") String staffId,
                       @Param("relType") String relType, @Param("sharePct") BigDecimal sharePct,
                       @Param("since") LocalDate since);

    void insertMove(@Param("custId") String custId, @Param("fromStaff") String fromStaff,
                    @Param("toStaff") String toStaff, @Param("bizDate") LocalDate bizDate,
                    @Param("movedBy") String movedBy, @Param("reason") String reason);
}
