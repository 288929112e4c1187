package org.wealthcrm.web.opportunity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.DataChangeLog;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.scope.ScopeKind;

/**
 * Sales opportunities on customers in the viewer's scope. Every stage, probability or stage-note change is appended
 * to the opportunity's history here, dated by the business clock, and written to the data-change log.
 */
@Service
public class Opportunities {

    private static final String TABLE = "opportunity";

    private final OpportunityMapper mapper;
    private final DataChangeLog changes;
    private final Clock clock;

    Opportunities(OpportunityMapper mapper, DataChangeLog changes, Clock clock) {
        this.mapper = mapper;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public long create(DataScope scope, OpportunityForm form) {
        requireWriter(scope);
        if (!mapper.isInScope(scope, form.custId())) {
            throw new OutOfScopeException("无权访问该客户");
        }
        OpportunityMapper.OppKey key = new OpportunityMapper.OppKey();
        mapper.insert(form, scope.staffId(), today(), LocalDateTime.now(clock), key);
        long oppId = key.getOppId();
        StageChange first = new StageChange(form.stage(), form.probability(), form.stageNote());
        mapper.insertHistory(oppId, today(), LocalDateTime.now(clock), scope.staffId(), null, first);
        String id = String.valueOf(oppId);
        changes.record(TABLE, id, "cust_id", null, form.custId());
        changes.record(TABLE, id, "subject", null, form.subject());
        changes.record(TABLE, id, "expected_amount", null, form.expectedAmount().toPlainString());
        changes.record(TABLE, id, "stage", null, form.stage().name());
        return oppId;
    }

    /** Applies a stage / probability / note change; nothing is written when nothing changed. */
    @Transactional
    public boolean change(DataScope scope, long oppId, StageChange change) {
        requireWriter(scope);
        OpportunityRow row = visible(scope, oppId);
        StageChange old = row.current();
        if (old.equals(change)) {
            return false;
        }
        if (!old.stage().open() && old.stage() != change.stage()) {
            throw new IllegalArgumentException("已关闭的机会不能再改变阶段");
        }
        boolean moved = old.stage() != change.stage();
        LocalDate stageSince = moved ? today() : row.stageSince();
        LocalDate wonDate = change.stage() == Stage.WON ? (moved ? today() : row.wonDate()) : null;
        if (mapper.updateStage(oppId, old, change, stageSince, wonDate) == 0) {
            throw new IllegalArgumentException("机会已被他人修改，请刷新后重试");
        }
        mapper.insertHistory(oppId, today(), LocalDateTime.now(clock), scope.staffId(), old.stage().name(), change);
        audit(oppId, old, change);
        return true;
    }

    /** Rewrites the details of an open opportunity; each changed field goes to the data-change log. */
    @Transactional
    public void edit(DataScope scope, long oppId, OpportunityDetails details) {
        requireWriter(scope);
        OpportunityRow row = visible(scope, oppId);
        if (!Stage.valueOf(row.stage()).open()) {
            throw new IllegalArgumentException("已关闭的机会不能再修改");
        }
        OpportunityDetails old = OpportunityDetails.of(row);
        if (old.equals(details)) {
            return;
        }
        mapper.updateDetails(oppId, details);
        String id = String.valueOf(oppId);
        recordIfChanged(id, "subject", old.subject(), details.subject());
        recordIfChanged(id, "prod_code", old.prodCode(), details.prodCode());
        recordIfChanged(id, "expected_amount", old.expectedAmount().toPlainString(),
                details.expectedAmount().toPlainString());
        recordIfChanged(id, "expected_sign_date", old.expectedSignDate().toString(),
                details.expectedSignDate().toString());
        recordIfChanged(id, "competitors", old.competitors(), details.competitors());
        recordIfChanged(id, "needs", old.needs(), details.needs());
        recordIfChanged(id, "solution", old.solution(), details.solution());
    }

    public OpportunityPage page(DataScope scope, Stage stage, OpportunitySort sort, boolean desc, int page) {
        OpportunityQuery query = new OpportunityQuery(stage, sort, desc, page, today());
        List<OpportunityRow> rows = mapper.findPage(scope, query);
        return new OpportunityPage(rows, Totals.of(rows), mapper.findTotals(scope, query), query);
    }

    public OpportunityRow visible(DataScope scope, long oppId) {
        OpportunityRow row = mapper.find(scope, oppId, today());
        if (row == null) {
            throw new OutOfScopeException("无权访问该销售机会");
        }
        return row;
    }

    public List<HistoryRow> history(DataScope scope, long oppId) {
        visible(scope, oppId);
        return mapper.findHistory(oppId);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private void audit(long oppId, StageChange old, StageChange change) {
        String id = String.valueOf(oppId);
        recordIfChanged(id, "stage", old.stage().name(), change.stage().name());
        recordIfChanged(id, "probability", old.probability().toString(), change.probability().toString());
        recordIfChanged(id, "stage_note", old.stageNote(), change.stageNote());
    }

    private void recordIfChanged(String id, String field, String old, String now) {
        if (!Objects.equals(old, now)) {
            changes.record(TABLE, id, field, old, now);
        }
    }

    private static void requireWriter(DataScope scope) {
        if (scope.masked() || scope.kind() == ScopeKind.NONE || scope.staffId() == null) {
            throw new OutOfScopeException("只读用户不能修改销售机会");
        }
    }
}
