package org.wealthcrm.web.service;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.wealthcrm.web.scope.DataScope;

@Mapper
interface ServiceRecordMapper {

    boolean isInScope(@Param("scope") DataScope scope, @Param("custId") String custId);

    void insert(@Param("record") ServiceRecord record, @Param("keyHolder") KeyHolder keyHolder);

    List<ServiceRecordRow> findByCustomer(@Param("scope") DataScope scope, @Param("custId") String custId);

    /** Carries the generated record_id back from the insert. */
    final class KeyHolder {
        private Long recordId;

        public Long getRecordId() {
            return recordId;
        }

        public void setRecordId(Long recordId) {
            this.recordId = recordId;
        }
    }
}
