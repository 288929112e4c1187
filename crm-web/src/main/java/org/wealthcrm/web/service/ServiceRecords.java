package org.wealthcrm.web.service;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.DataChangeLog;
import org.wealthcrm.web.dictionary.Dictionary;
import org.wealthcrm.web.pool.PublicPool;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.scope.ScopeKind;

/** Records services for customers in the recorder's scope; pool customers and read-only viewers are refused. */
@Service
public class ServiceRecords {

    private final ServiceRecordMapper mapper;
    private final Dictionary dictionary;
    private final PublicPool pool;
    private final DataChangeLog changes;

    ServiceRecords(ServiceRecordMapper mapper, Dictionary dictionary, PublicPool pool, DataChangeLog changes) {
        this.mapper = mapper;
        this.dictionary = dictionary;
        this.pool = pool;
        this.changes = changes;
    }

    /** Writes the record and its data-change log entries; returns the new record id. */
    @Transactional
    public long record(DataScope scope, ServiceRecord record) {
        check(scope, record);
        ServiceRecordMapper.KeyHolder key = new ServiceRecordMapper.KeyHolder();
        mapper.insert(record, key);
        String id = String.valueOf(key.getRecordId());
        changes.record("service_record", id, "cust_id", null, record.custId());
        changes.record("service_record", id, "service_type", null, record.serviceType());
        changes.record("service_record", id, "served_at", null, record.servedAt().toString());
        changes.record("service_record", id, "content", null, record.content());
        changes.record("service_record", id, "outcome", null, record.outcome());
        if (record.nextContactDate() != null) {
            changes.record("service_record", id, "next_contact_date", null, record.nextContactDate().toString());
        }
        return key.getRecordId();
    }

    /**
     * Refuses a record that {@code scope} may not write: out of scope ({@link OutOfScopeException}), a pool customer
     * or a type or outcome not in the dictionary ({@link IllegalArgumentException}).
     */
    public void check(DataScope scope, ServiceRecord record) {
        if (scope.masked() || scope.kind() == ScopeKind.NONE || !record.staffId().equals(scope.staffId())) {
            throw new OutOfScopeException("无权为该客户登记服务");
        }
        if (!mapper.isInScope(scope, record.custId())) {
            throw new OutOfScopeException("无权访问该客户");
        }
        if (pool.isPooled(record.custId())) {
            throw new IllegalArgumentException("公海客户不可编辑，请先领取");
        }
        if (!dictionary.accepts(Dictionary.SERVICE_TYPE, record.serviceType())) {
            throw new IllegalArgumentException("服务方式无效：" + record.serviceType());
        }
        if (!dictionary.accepts(Dictionary.SERVICE_OUTCOME, record.outcome())) {
            throw new IllegalArgumentException("服务结果无效：" + record.outcome());
        }
    }

    /** The customer's service records, newest first; empty outside the scope. */
    public List<ServiceRecordRow> forCustomer(DataScope scope, String custId) {
        return mapper.findByCustomer(scope, custId);
    }
}
