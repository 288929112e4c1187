package org.wealthcrm.web.importexport;

import java.time.LocalDate;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ImportMapper {

    boolean customerExists(@Param("custId") String custId);

    /** The customer with this name and mobile, if one exists. */
    String findByNameAndMobile(@Param("custName") String custName, @Param("mobile") String mobile);

    /** The org_path of a sub-branch (level 4), null when there is none with that code. */
    String findBranchPath(@Param("orgCode") String orgCode);

    boolean isAssignable(@Param("staffId") String staffId, @Param("prefix") String prefix);

    void insertCustomer(@Param("draft") CustomerDraft draft, @Param("initials") String initials,
                        @Param("bizDate") LocalDate bizDate);

    void insertMainManager(@Param("custId") String custId, @Param("staffId") String staffId,
                           @Param("since") LocalDate since);

    void insertPoolEntry(@Param("custId") String custId, @Param("enteredDate") LocalDate enteredDate);

    void insertMove(@Param("custId") String custId, @Param("moveType") String moveType,
                    @Param("toStaff") String toStaff, @Param("bizDate") LocalDate bizDate,
                    @Param("movedBy") String movedBy);
}
