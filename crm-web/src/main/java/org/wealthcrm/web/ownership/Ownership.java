package org.wealthcrm.web.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.DataChangeLog;
import org.wealthcrm.web.pool.PoolScope;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;

/**
 * Who manages a customer: managers transfer customers between RMs (one, many, or all of a leaving RM's), and the
 * main RM or a manager splits the credit between the main and assisting managers. Every change is logged.
 */
@Service
public class Ownership {

    private static final String TABLE = "customer_manager";

    private final OwnershipMapper mapper;
    private final DataChangeLog changes;

    Ownership(OwnershipMapper mapper, DataChangeLog changes) {
        this.mapper = mapper;
        this.changes = changes;
    }

    /** Makes {@code toStaff} the main manager of every customer in {@code custIds}; all are checked first. */
    @Transactional
    public void transfer(DataScope scope, List<String> custIds, String toStaff, String reason, LocalDate businessDate) {
        if (!PoolScope.manages(scope)) {
            throw new OutOfScopeException("只有团队长及以上管理人员可以移交客户");
        }
        if (custIds.isEmpty()) {
            throw new IllegalArgumentException("请选择要移交的客户");
        }
        requireAssignable(scope, toStaff);
        List<List<OwnershipRows.Manager>> checked = new ArrayList<>();
        for (String custId : custIds) {
            List<OwnershipRows.Manager> managers = managersInScope(scope, custId);
            if (main(custId, managers).staffId().equals(toStaff)) {
                throw new IllegalArgumentException("客户 " + custId + " 的主管客户经理已是 " + toStaff);
            }
            checked.add(managers);
        }
        for (List<OwnershipRows.Manager> managers : checked) {
            transferOne(scope, managers, toStaff, reason, businessDate);
        }
    }

    /** Hands every customer that {@code fromStaff} manages as main manager (within the scope) to {@code toStaff}. */
    @Transactional
    public int transferAll(DataScope scope, String fromStaff, String toStaff, String reason, LocalDate businessDate) {
        List<String> custIds = mapper.findMainCustomers(scope, fromStaff);
        transfer(scope, custIds, toStaff, reason, businessDate);
        return custIds.size();
    }

    /** Replaces the shares of a customer; the main manager stays, the shares must add up to 100. */
    @Transactional
    public void setShares(DataScope scope, String custId, Shares shares, LocalDate businessDate) {
        List<OwnershipRows.Manager> before = managersInScope(scope, custId);
        OwnershipRows.Manager main = main(custId, before);
        boolean isMainRm = main.staffId().equals(scope.staffId()) && !scope.masked();
        if (!isMainRm && !PoolScope.manages(scope)) {
            throw new OutOfScopeException("只有主管客户经理或管理人员可以调整分成");
        }
        if (!main.staffId().equals(shares.main().staffId())) {
            throw new IllegalArgumentException("调整分成不能更换主管客户经理，请使用客户移交");
        }
        for (Share share : shares.assisting()) {
            requireAssignable(scope, share.staffId());
        }
        mapper.deleteAssisting(custId);
        mapper.updateMain(custId, main.staffId(), shares.main().sharePct(), main.sinceDate());
        for (Share share : shares.assisting()) {
            mapper.insertManager(custId, share.staffId(), "A", share.sharePct(), since(before, share, businessDate));
        }
        logShares(custId, before, shares);
    }

    private void transferOne(DataScope scope, List<OwnershipRows.Manager> managers, String toStaff, String reason,
                             LocalDate businessDate) {
        OwnershipRows.Manager main = main(null, managers);
        String custId = main.custId();
        BigDecimal share = main.sharePct();
        for (OwnershipRows.Manager assisting : managers) {
            if (assisting.staffId().equals(toStaff)) {
                mapper.deleteManager(custId, toStaff);
                share = share.add(assisting.sharePct());
                changes.record(TABLE, custId + "/" + toStaff, "rel_type", "A", "M");
            }
        }
        mapper.updateMain(custId, toStaff, share, businessDate);
        mapper.insertMove(custId, main.staffId(), toStaff, businessDate, scope.staffId(), reason);
        changes.record(TABLE, custId, "main_manager", main.staffId(), toStaff);
    }

    private List<OwnershipRows.Manager> managersInScope(DataScope scope, String custId) {
        if (!mapper.isInScope(scope, custId)) {
            throw new OutOfScopeException("无权访问该客户");
        }
        return mapper.findManagers(custId);
    }

    private static OwnershipRows.Manager main(String custId, List<OwnershipRows.Manager> managers) {
        return managers.stream().filter(m -> "M".equals(m.relType())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("客户 " + custId + " 在公海中，请先领取或分配"));
    }

    private void requireAssignable(DataScope scope, String staffId) {
        String prefix = PoolScope.prefix(scope);
        if (staffId == null || prefix == null || !mapper.isAssignable(staffId, prefix)) {
            throw new IllegalArgumentException("客户经理 " + staffId + " 不在您的机构或已离职");
        }
    }

    private static LocalDate since(List<OwnershipRows.Manager> before, Share share, LocalDate businessDate) {
        return before.stream().filter(m -> m.staffId().equals(share.staffId())).map(OwnershipRows.Manager::sinceDate)
                .findFirst().orElse(businessDate);
    }

    private void logShares(String custId, List<OwnershipRows.Manager> before, Shares shares) {
        Map<String, String> old = new TreeMap<>();
        before.forEach(m -> old.put(m.staffId(), m.sharePct().stripTrailingZeros().toPlainString()));
        Map<String, String> now = new TreeMap<>();
        now.put(shares.main().staffId(), shares.main().sharePct().stripTrailingZeros().toPlainString());
        shares.assisting().forEach(s -> now.put(s.staffId(), s.sharePct().stripTrailingZeros().toPlainString()));
        Set<String> staff = new TreeSet<>(old.keySet());
        staff.addAll(now.keySet());
        for (String staffId : staff) {
            if (!Objects.equals(old.get(staffId), now.get(staffId))) {
                changes.record(TABLE, custId + "/" + staffId, "share_pct", old.get(staffId), now.get(staffId));
            }
        }
    }
}
