package org.wealthcrm.web.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.wealthcrm.web.scope.DataScope;

/**
 * Product coverage over customer_metrics of one business date, limited to the viewer's scope, optionally to the home
 * branches under {@code path} and to the customers whose main manager is {@code rm}.
 */
@Mapper
interface CoverageMapper {

    CoverageRows.OrgUnit findOrg(@Param("orgCode") String orgCode);

    /** {@code bands}: the birth-date bounds of the age bands (keys b30, b40, b50, b60), used by segment AGE. */
    List<CoverageRows.Holders> holders(@Param("scope") DataScope scope, @Param("date") LocalDate date,
                                       @Param("path") String path, @Param("rm") String rm,
                                       @Param("segment") String segment,
                                       @Param("bands") Map<String, LocalDate> bands);

    /** Mass-affluent customers (AUM ≥ 50,000) holding no fund (FMM, FBD, FEQ), largest AUM first. */
    List<CoverageRows.GapCustomer> affluentWithoutFund(@Param("scope") DataScope scope,
                                                       @Param("date") LocalDate date, @Param("path") String path,
                                                       @Param("rm") String rm);

    /** VIP customers (VIP1..VIP4) with an active time deposit maturing in [date, until], soonest first. */
    List<CoverageRows.GapCustomer> vipMaturingDeposits(@Param("scope") DataScope scope,
                                                       @Param("date") LocalDate date, @Param("path") String path,
                                                       @Param("rm") String rm, @Param("until") LocalDate until);
}
