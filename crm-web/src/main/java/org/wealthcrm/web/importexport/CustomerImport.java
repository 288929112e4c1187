package org.wealthcrm.web.importexport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.DataChangeLog;
import org.wealthcrm.web.pool.PoolScope;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.Masking;
import org.wealthcrm.contract.NameInitials;

/**
 * Imports customers from Excel, all or nothing: every row is checked first (format, duplicate number, duplicate name
 * and mobile in the file or the bank, home branch and manager within the importer's org); one bad row and nothing is
 * written, and the report lists every bad row with its reason.
 */
@Service
class CustomerImport {

    static final int COLUMNS = 6;
    static final List<String> HEADERS = List.of("客户号", "姓名", "身份证号", "手机号", "归属网点代码", "主管客户经理工号");

    private final ImportMapper mapper;
    private final DataChangeLog changes;

    CustomerImport(ImportMapper mapper, DataChangeLog changes) {
        this.mapper = mapper;
        this.changes = changes;
    }

    @Transactional
    public ImportReport run(DataScope scope, List<ExcelRows.Line> lines, LocalDate businessDate) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        List<CustomerDraft> drafts = new ArrayList<>();
        Map<String, Integer> seenIds = new HashMap<>();
        Map<String, Integer> seenNames = new HashMap<>();
        for (ExcelRows.Line line : lines) {
            try {
                CustomerDraft draft = CustomerDraft.of(line);
                check(scope, draft, line.rowNo(), seenIds, seenNames);
                drafts.add(draft);
            } catch (IllegalArgumentException bad) {
                problems.add(new ImportReport.Problem(line.rowNo(), bad.getMessage()));
            }
        }
        if (lines.isEmpty()) {
            problems.add(new ImportReport.Problem(1, "文件中没有数据行"));
        }
        if (!problems.isEmpty()) {
            return new ImportReport(0, problems);
        }
        drafts.forEach(draft -> write(scope, draft, businessDate));
        return new ImportReport(drafts.size(), List.of());
    }

    private void check(DataScope scope, CustomerDraft draft, int rowNo, Map<String, Integer> seenIds,
                       Map<String, Integer> seenNames) {
        Integer sameId = seenIds.putIfAbsent(draft.custId(), rowNo);
        if (sameId != null || mapper.customerExists(draft.custId())) {
            throw new IllegalArgumentException("客户号 " + draft.custId() + " 已存在"
                    + (sameId != null ? "（第" + sameId + "行）" : ""));
        }
        Integer sameName = seenNames.putIfAbsent(draft.nameAndMobile(), rowNo);
        String existing = mapper.findByNameAndMobile(draft.custName(), draft.mobile());
        if (sameName != null || existing != null) {
            throw new IllegalArgumentException("疑似重复客户：姓名和手机号与"
                    + (existing != null ? "客户 " + existing : "第" + sameName + "行") + " 相同");
        }
        String prefix = PoolScope.prefix(scope);
        String branchPath = mapper.findBranchPath(draft.branchCode());
        if (branchPath == null || prefix == null || !branchPath.startsWith(prefix)) {
            throw new IllegalArgumentException("归属网点 " + draft.branchCode() + " 不存在或不在您的机构内");
        }
        if (draft.mainStaff() != null && !mapper.isAssignable(draft.mainStaff(), prefix)) {
            throw new IllegalArgumentException("客户经理 " + draft.mainStaff() + " 不在您的机构或已离职");
        }
    }

    private void write(DataScope scope, CustomerDraft draft, LocalDate businessDate) {
        mapper.insertCustomer(draft, NameInitials.of(draft.custName()), businessDate);
        if (draft.mainStaff() != null) {
            mapper.insertMainManager(draft.custId(), draft.mainStaff(), businessDate);
            mapper.insertMove(draft.custId(), "ASSIGN", draft.mainStaff(), businessDate, scope.staffId());
        } else {
            mapper.insertPoolEntry(draft.custId(), businessDate);
        }
        String key = draft.custId();
        changes.record("customer", key, "cust_name", null, draft.custName());
        changes.record("customer", key, "id_no", null, Masking.idNumber(draft.idNo()));
        changes.record("customer", key, "mobile", null, Masking.mobile(draft.mobile()));
        changes.record("customer", key, "branch_code", null, draft.branchCode());
        changes.record("customer_manager", key, "main_manager", null, draft.mainStaff());
    }
}
