package org.wealthcrm.web.customer;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.wealthcrm.web.scope.DataScope;

/** Customer reads. Every statement takes the viewer's {@link DataScope} and applies it in SQL. */
@Mapper
interface CustomerMapper {

    long countCustomers(@Param("scope") DataScope scope, @Param("query") CustomerQuery query);

    List<CustomerRow> findCustomers(@Param("scope") DataScope scope, @Param("query") CustomerQuery query,
                                    @Param("offset") long offset);

    /** The customer's profile, or null when the customer does not exist or lies outside the scope. */
    CustomerProfile findProfile(@Param("scope") DataScope scope, @Param("custId") String custId);

    List<Holdings.Manager> findManagers(@Param("scope") DataScope scope, @Param("custId") String custId);

    Holdings.Metrics findMetrics(@Param("scope") DataScope scope, @Param("custId") String custId,
                                 @Param("date") LocalDate date);

    List<Holdings.Deposit> findDeposits(@Param("scope") DataScope scope, @Param("custId") String custId,
                                        @Param("date") LocalDate date);

    List<Holdings.Wealth> findWealth(@Param("scope") DataScope scope, @Param("custId") String custId,
                                     @Param("date") LocalDate date);

    List<Holdings.Fund> findFunds(@Param("scope") DataScope scope, @Param("custId") String custId,
                                  @Param("date") LocalDate date);

    /** The customer's metrics on the last {@code count} dates up to {@code date}, newest first. */
    List<Holdings.AumPoint> findAumTrend(@Param("scope") DataScope scope, @Param("custId") String custId,
                                         @Param("date") LocalDate date, @Param("count") int count);

    SectionRows.Churn findChurn(@Param("scope") DataScope scope, @Param("custId") String custId,
                                @Param("date") LocalDate date);

    /** The published target lists the customer is a member of. */
    List<SectionRows.ListMembership> findListMemberships(@Param("scope") DataScope scope,
                                                         @Param("custId") String custId);

    /** The latest data-change log entries about the customer, its managers, pool state, contacts and relations. */
    List<SectionRows.Change> findChanges(@Param("custId") String custId, @Param("limit") int limit);
}
