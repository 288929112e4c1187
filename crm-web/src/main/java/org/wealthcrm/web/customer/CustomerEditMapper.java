package org.wealthcrm.web.customer;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The customer edit form's reads and its update; the caller has checked scope and pool. */
@Mapper
interface CustomerEditMapper {

    CustomerEdit findEditable(@Param("custId") String custId);

    /** Other customers with this exact name and mobile. */
    List<String> findDuplicates(@Param("custName") String custName, @Param("mobile") String mobile,
                                @Param("custId") String custId);

    int update(@Param("custId") String custId, @Param("edit") CustomerEdit edit);
}
