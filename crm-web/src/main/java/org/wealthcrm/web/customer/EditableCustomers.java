package org.wealthcrm.web.customer;

import org.springframework.stereotype.Component;
import org.wealthcrm.web.pool.PublicPool;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.scope.ScopeKind;

/**
 * Who may change a customer's data: a user who sees the customer in scope and is not read-only (compliance), and
 * not while the customer sits in the public pool or its bin.
 */
@Component
class EditableCustomers {

    static final String POOLED = "公海客户不可编辑，请先领取";

    private final CustomerMapper customers;
    private final PublicPool pool;

    EditableCustomers(CustomerMapper customers, PublicPool pool) {
        this.customers = customers;
        this.pool = pool;
    }

    /** Whether {@code scope} may edit the customer it already sees. */
    boolean mayEdit(DataScope scope, String custId) {
        return !scope.masked() && scope.kind() != ScopeKind.NONE && !pool.isPooled(custId);
    }

    /**
     * Refuses with {@link OutOfScopeException} (403) outside the scope or for read-only users, and with
     * {@link IllegalArgumentException} for pool customers.
     */
    void require(DataScope scope, String custId) {
        if (customers.findProfile(scope, custId) == null) {
            throw new OutOfScopeException("无权访问该客户");
        }
        if (scope.masked() || scope.kind() == ScopeKind.NONE) {
            throw new OutOfScopeException("只读用户不能修改客户资料");
        }
        if (pool.isPooled(custId)) {
            throw new IllegalArgumentException(POOLED);
        }
    }
}
