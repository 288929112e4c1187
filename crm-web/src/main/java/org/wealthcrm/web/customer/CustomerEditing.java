package org.wealthcrm.web.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.DataChangeLog;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.search.CustomerInitials;

/**
 * 编辑客户资料: checks the fields, refuses a name + mobile that another customer already has (a likely duplicate),
 * writes the changed fields and records each one with its old and new value in the data-change log.
 */
@Service
class CustomerEditing {

    static final String DUPLICATE = "已有客户的姓名与手机号与此相同，疑似重复客户，未保存";

    private final CustomerEditMapper mapper;
    private final EditableCustomers editable;
    private final DataChangeLog changes;
    private final CustomerInitials initials;
    private final Clock clock;

    CustomerEditing(CustomerEditMapper mapper, EditableCustomers editable, DataChangeLog changes,
                    CustomerInitials initials, Clock clock) {
        this.mapper = mapper;
        this.editable = editable;
        this.changes = changes;
        this.initials = initials;
        this.clock = clock;
    }

    /** The current values for the form; refused like a save would be. */
    CustomerEdit current(DataScope scope, String custId) {
        editable.require(scope, custId);
        return mapper.findEditable(custId);
    }

    /** Saves the edit; returns the names of the columns that changed (none: nothing written). */
    @Transactional
    List<String> save(DataScope scope, String custId, CustomerEdit edit) {
        editable.require(scope, custId);
        edit.validate(LocalDate.now(clock));
        if (!mapper.findDuplicates(edit.custName(), edit.mobile(), custId).isEmpty()) {
            throw new IllegalArgumentException(DUPLICATE);
        }
        Map<String, String> before = mapper.findEditable(custId).columns();
        List<String> changed = new ArrayList<>();
        edit.columns().forEach((column, value) -> {
            if (!Objects.equals(before.get(column), value)) {
                changes.record("customer", custId, column, before.get(column), value);
                changed.add(column);
            }
        });
        if (!changed.isEmpty()) {
            mapper.update(custId, edit);
        }
        if (changed.contains("cust_name")) {
            initials.refresh(custId, edit.custName());
        }
        return changed;
    }
}
