package org.wealthcrm.web.recyclebin;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.DataChangeLog;
import org.wealthcrm.web.pool.PublicPool;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.ScopeKind;

/**
 * 回收站: deleting a service record, task, contact or relation moves the row here (as it was); its owner or a
 * leader who sees the customer restores it; only an administrator purges. Every step goes to the data-change log.
 */
@Service
public class RecycleBin {

    private final BinMapper mapper;
    private final Snapshots snapshots;
    private final PublicPool pool;
    private final DataChangeLog changes;
    private final Clock clock;
    private final SimpleJdbcInsert insert;

    RecycleBin(BinMapper mapper, Snapshots snapshots, PublicPool pool, DataChangeLog changes, Clock clock,
               JdbcTemplate jdbc) {
        this.mapper = mapper;
        this.snapshots = snapshots;
        this.pool = pool;
        this.changes = changes;
        this.clock = clock;
        this.insert = new SimpleJdbcInsert(jdbc).withTableName("recycle_bin").usingGeneratedKeyColumns("bin_id")
                .usingColumns("item_type", "item_key", "cust_id", "owner_staff", "summary", "snapshot", "deleted_by",
                        "deleted_at");
    }

    /** Moves the record to the bin; returns the bin entry's id. */
    @Transactional
    public long discard(DataScope scope, String username, BinKind kind, long key) {
        Map<String, String> row = snapshots.read(kind, key);
        if (row.isEmpty()) {
            throw new BinRefusedException(kind.label() + " " + key + " 不存在或已删除");
        }
        String custId = row.get("cust_id");
        requireMayChange(scope, custId, row.get(kind.ownerColumn));
        String summary = kind.summary(row);
        Map<String, Object> entry = new HashMap<>();
        entry.put("item_type", kind.name());
        entry.put("item_key", String.valueOf(key));
        entry.put("cust_id", custId);
        entry.put("owner_staff", row.get(kind.ownerColumn));
        entry.put("summary", summary);
        entry.put("snapshot", snapshots.toJson(row));
        entry.put("deleted_by", username);
        entry.put("deleted_at", LocalDateTime.now(clock));
        long binId = insert.executeAndReturnKey(entry).longValue();
        snapshots.delete(kind, key);
        changes.record(kind.table, String.valueOf(key), "deleted", summary, "回收站 #" + binId);
        return binId;
    }

    /** Puts the record back where it was, with its original key. */
    @Transactional
    public BinEntry restore(DataScope scope, long binId) {
        BinEntry entry = entry(binId);
        requireMayChange(scope, entry.custId(), entry.ownerStaff());
        snapshots.insert(entry.itemType(), snapshots.fromJson(entry.snapshot()));
        mapper.deleteEntry(binId);
        changes.record(entry.itemType().table, entry.itemKey(), "restored", "回收站 #" + binId, entry.summary());
        return entry;
    }

    /** Empties the bin for good (the administrator only); returns how many entries went. */
    @Transactional
    public int purge(boolean administrator, List<Long> binIds) {
        if (!administrator) {
            throw new AccessDeniedException("仅系统管理员可清空回收站");
        }
        List<Long> ids = binIds.isEmpty() ? mapper.findAll().stream().map(BinEntry::binId).toList() : binIds;
        int purged = 0;
        for (long binId : ids) {
            BinEntry entry = entry(binId);
            purged += mapper.deleteEntry(binId);
            changes.record("recycle_bin", String.valueOf(binId), "purged", entry.summary(), null);
        }
        return purged;
    }

    /** What the viewer may restore (the administrator: everything). */
    public List<BinEntry> entries(DataScope scope, boolean administrator) {
        if (administrator) {
            return mapper.findAll();
        }
        return scope.kind() == ScopeKind.NONE ? List.of() : mapper.findVisible(scope, leads(scope));
    }

    private BinEntry entry(long binId) {
        BinEntry entry = mapper.findEntry(binId);
        if (entry == null) {
            throw new BinRefusedException("回收站中没有 #" + binId);
        }
        return entry;
    }

    /** The owner, or a leader who sees the customer; never a read-only (masked) viewer. */
    private void requireMayChange(DataScope scope, String custId, String owner) {
        boolean blank = custId == null;
        boolean inScope = !blank && mapper.isInScope(scope, custId);
        boolean owns = owner != null && owner.equals(scope.staffId()) && (blank || inScope);
        if (scope.masked() || scope.kind() == ScopeKind.NONE || !(owns || leads(scope) && inScope)) {
            throw new BinRefusedException("只有记录的登记人或其上级管理人员可以删除或恢复");
        }
        if (!blank && pool.isPooled(custId)) {
            throw new BinRefusedException("公海客户不可编辑，请先领取");
        }
    }

    private static boolean leads(DataScope scope) {
        return scope.kind() == ScopeKind.TEAM || scope.kind() == ScopeKind.ORG || scope.kind() == ScopeKind.ALL;
    }
}
