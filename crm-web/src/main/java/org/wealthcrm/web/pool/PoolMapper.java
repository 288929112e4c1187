package org.wealthcrm.web.pool;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PoolMapper {

    /** Main-managed customers whose last follow-up (service, since date or floor) is on or before {@code cutoff}. */
    List<PoolRows.Due> findDue(@Param("cutoff") LocalDate cutoff, @Param("floor") LocalDate floor);

    /** Writes a warning for each customer that returns on the day after {@code businessDate}; returns how many. */
    int insertWarnings(@Param("lastContact") LocalDate lastContact, @Param("floor") LocalDate floor,
                       @Param("businessDate") LocalDate businessDate, @Param("returnDate") LocalDate returnDate);

    List<PoolRows.Pooled> findPooled(@Param("prefix") String prefix, @Param("state") String state,
                                     @Param("date") LocalDate date);

    PoolRows.Entry findEntry(@Param("custId") String custId);

    boolean isPooled(@Param("custId") String custId);

    List<String> findPooledIds(@Param("custIds") Collection<String> custIds);

    int countHeld(@Param("staffId") String staffId);

    int countClaims(@Param("staffId") String staffId, @Param("businessDate") LocalDate businessDate);

    /** Locks the staff row so that one RM's claims are counted one after the other. */
    String lockStaff(@Param("staffId") String staffId);

    PoolRows.Assignee findAssignee(@Param("staffId") String staffId, @Param("prefix") String prefix);

    List<PoolRows.Assignee> findAssignees(@Param("prefix") String prefix);

    int deleteManagers(@Param("custId") String custId);

    int insertMainManager(@Param("custId") String custId, @Param("staffId") String staffId,
                          @Param("since") LocalDate since);

    void insertEntry(@Param("custId") String custId, @Param("state") String state,
                     @Param("enteredDate") LocalDate enteredDate, @Param("previousOwner") String previousOwner,
                     @Param("reason") String reason);

    int deleteEntry(@Param("custId") String custId, @Param("state") String state);

    int updateState(@Param("custId") String custId, @Param("from") String from, @Param("to") String to,
                    @Param("reason") String reason);

    void insertMove(@Param("custId") String custId, @Param("moveType") String moveType,
                    @Param("fromStaff") String fromStaff, @Param("toStaff") String toStaff,
                    @Param("bizDate") LocalDate bizDate, @Param("movedBy") String movedBy,
                    @Param("reason") String reason);

    List<CustomerMove> findMoves(@Param("custId") String custId);
}
