package org.wealthcrm.web.customer;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Contact points and relations of one customer; the caller has checked the customer lies in the scope. */
@Mapper
interface ContactMapper {

    List<ContactRows.Contact> findContacts(@Param("custId") String custId);

    List<ContactRows.Relation> findRelations(@Param("custId") String custId);

    void insertContact(@Param("custId") String custId, @Param("type") String type, @Param("value") String value,
                       @Param("note") String note, @Param("staffId") String staffId,
                       @Param("key") ContactRows.GeneratedId key);

    void insertRelation(@Param("custId") String custId, @Param("type") String type,
                        @Param("relatedCustId") String relatedCustId, @Param("relatedName") String relatedName,
                        @Param("relatedMobile") String relatedMobile, @Param("note") String note,
                        @Param("staffId") String staffId, @Param("key") ContactRows.GeneratedId key);

    boolean customerExists(@Param("custId") String custId);

    /** The customer a contact or relation belongs to; null when there is none. */
    String findOwnerCustomer(@Param("table") String table, @Param("id") long id);
}
