package org.wealthcrm.web.pool;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.DataChangeLog;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.Masking;
import org.wealthcrm.web.scope.ScopeKind;

/**
 * The public pool (公海): customers nobody followed up for N days return to it on a business date, RMs claim them
 * within limits, the previous owner waits a cool-down. Every move goes to customer_move and the data-change log.
 */
@Service
public class PublicPool {

    static final String IN_POOL = "P";
    static final String DISCARDED = "D";

    private final PoolMapper mapper;
    private final PoolRules rules;
    private final DataChangeLog changes;

    PublicPool(PoolMapper mapper, PoolRules rules, DataChangeLog changes) {
        this.mapper = mapper;
        this.rules = rules;
        this.changes = changes;
    }

    /**
     * Returns to the pool every customer whose last follow-up lies {@code returnAfterDays} or more days before
     * {@code businessDate}, and warns the main managers of those that return the next day. Running it twice for
     * the same date changes nothing more.
     *
     * @return how many customers returned
     */
    @Transactional
    public int returnOverdue(LocalDate businessDate) {
        List<PoolRows.Due> due = mapper.findDue(rules.returnCutoff(businessDate), rules.countingFloor());
        String reason = "连续" + rules.returnAfterDays() + "天未跟进，自动退回公海";
        for (PoolRows.Due customer : due) {
            mapper.deleteManagers(customer.custId());
            mapper.insertEntry(customer.custId(), IN_POOL, businessDate, customer.staffId(), reason);
            mapper.insertMove(customer.custId(), "RETURN", customer.staffId(), null, businessDate, null, reason);
            changes.record("customer_manager", customer.custId(), "main_manager", customer.staffId(), null);
        }
        mapper.insertWarnings(rules.returnCutoff(businessDate).plusDays(1), rules.countingFloor(), businessDate,
                businessDate.plusDays(1));
        return due.size();
    }

    /** The RM of {@code scope} takes {@code custId} from the pool, within the holding, daily and cool-down limits. */
    @Transactional
    public void claim(DataScope scope, String custId, LocalDate businessDate) {
        if (scope.kind() != ScopeKind.OWN || scope.masked()) {
            throw new PoolRefusedException("只有客户经理可以从公海领取客户");
        }
        String staffId = scope.staffId();
        PoolRows.Entry entry = visibleEntry(scope, custId, IN_POOL);
        mapper.lockStaff(staffId);
        if (mapper.countHeld(staffId) >= rules.heldLimit()) {
            throw new PoolRefusedException("已持有" + rules.heldLimit() + "位公海领取的客户，不能再领取");
        }
        if (mapper.countClaims(staffId, businessDate) >= rules.claimsPerDay()) {
            throw new PoolRefusedException("今日已领取" + rules.claimsPerDay() + "位客户，达到每日上限");
        }
        LocalDate coolDownEnds = entry.enteredDate().plusDays(rules.cooldownDays());
        if (staffId.equals(entry.previousOwner()) && businessDate.isBefore(coolDownEnds)) {
            throw new PoolRefusedException("原客户经理须等到 " + coolDownEnds + " 后才能重新领取该客户");
        }
        takeOut(custId, staffId, "CLAIM", businessDate, staffId, null);
    }

    /** A manager gives pool customers to an RM or team lead of the manager's org; all or none. */
    @Transactional
    public void assign(DataScope scope, List<String> custIds, String toStaff, LocalDate businessDate) {
        requireManager(scope);
        if (mapper.findAssignee(toStaff, PoolScope.prefix(scope)) == null) {
            throw new PoolRefusedException("只能分配给本机构在岗的客户经理或团队长");
        }
        custIds.forEach(custId -> visibleEntry(scope, custId, IN_POOL));
        for (String custId : custIds) {
            takeOut(custId, toStaff, "ASSIGN", businessDate, scope.staffId(), null);
        }
    }

    /** A manager moves invalid pool customers to the bin. */
    @Transactional
    public void discard(DataScope scope, List<String> custIds, String reason, LocalDate businessDate) {
        requireManager(scope);
        if (reason == null || reason.isBlank()) {
            throw new PoolRefusedException("请填写作废原因");
        }
        custIds.forEach(custId -> visibleEntry(scope, custId, IN_POOL));
        for (String custId : custIds) {
            changeState(scope, custId, IN_POOL, DISCARDED, "DISCARD", reason.strip(), businessDate);
        }
    }

    /** A manager puts customers from the bin back into the pool. */
    @Transactional
    public void restore(DataScope scope, List<String> custIds, LocalDate businessDate) {
        requireManager(scope);
        custIds.forEach(custId -> visibleEntry(scope, custId, DISCARDED));
        for (String custId : custIds) {
            changeState(scope, custId, DISCARDED, IN_POOL, "RESTORE", "从回收站恢复", businessDate);
        }
    }

    /** The pool (state P) or the bin (D) as {@code scope} sees it; phones and ID numbers always masked. */
    public List<PoolRows.Pooled> list(DataScope scope, String state, LocalDate date) {
        String prefix = PoolScope.prefix(scope);
        if (prefix == null) {
            return List.of();
        }
        return mapper.findPooled(prefix, state, date).stream()
                .map(row -> row.masked(Masking.mobile(row.mobile()), Masking.idNumber(row.idNo())))
                .toList();
    }

    /** Whom a manager may give pool customers to. */
    List<PoolRows.Assignee> assignees(DataScope scope) {
        return PoolScope.manages(scope) ? mapper.findAssignees(PoolScope.prefix(scope)) : List.of();
    }

    /** Whether the customer is in the pool or the bin, and so may not be edited. */
    public boolean isPooled(String custId) {
        return mapper.isPooled(custId);
    }

    /** Those of {@code custIds} that are in the pool or the bin. */
    public Set<String> pooledAmong(Collection<String> custIds) {
        return custIds.isEmpty() ? Set.of() : Set.copyOf(mapper.findPooledIds(custIds));
    }

    /** The customer's moves, newest first. */
    public List<CustomerMove> moves(String custId) {
        return mapper.findMoves(custId);
    }

    private void takeOut(String custId, String toStaff, String moveType, LocalDate businessDate, String movedBy,
                         String reason) {
        if (mapper.deleteEntry(custId, IN_POOL) == 0) {
            throw new PoolRefusedException("客户 " + custId + " 已不在公海中");
        }
        mapper.insertMainManager(custId, toStaff, businessDate);
        mapper.insertMove(custId, moveType, null, toStaff, businessDate, movedBy, reason);
        changes.record("customer_manager", custId, "main_manager", null, toStaff);
        changes.record("customer_pool", custId, "state", IN_POOL, null);
    }

    private void changeState(DataScope scope, String custId, String from, String to, String moveType, String reason,
                             LocalDate businessDate) {
        if (mapper.updateState(custId, from, to, reason) == 0) {
            throw new PoolRefusedException("客户 " + custId + " 状态已变化，请刷新后重试");
        }
        mapper.insertMove(custId, moveType, null, null, businessDate, scope.staffId(), reason);
        changes.record("customer_pool", custId, "state", from, to);
    }

    private PoolRows.Entry visibleEntry(DataScope scope, String custId, String state) {
        PoolRows.Entry entry = mapper.findEntry(custId);
        String prefix = PoolScope.prefix(scope);
        if (entry == null || prefix == null || !entry.branchPath().startsWith(prefix)) {
            throw new PoolRefusedException("客户 " + custId + " 不在您可见的公海中");
        }
        if (!entry.state().equals(state)) {
            throw new PoolRefusedException(IN_POOL.equals(state) ? "客户 " + custId + " 在回收站中"
                    : "客户 " + custId + " 不在回收站中");
        }
        return entry;
    }

    private static void requireManager(DataScope scope) {
        if (!PoolScope.manages(scope)) {
            throw new PoolRefusedException("只有团队长及以上管理人员可以执行该操作");
        }
    }
}
