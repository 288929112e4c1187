package org.wealthcrm.web.audit;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tamper-evident data-change log: one entry per changed field, in the caller's transaction, so the entry exists
 * exactly when the change it describes committed.
 */
@Service
public class DataChangeLog {

    static final String SYSTEM_USER = "system";

    private final AuditChains chains;
    private final Clock clock;

    DataChangeLog(AuditChains chains, Clock clock) {
        this.chains = chains;
        this.clock = clock;
    }

    /** Appends one tamper-evident entry: who (from the SecurityContext), when (injected Clock), what. */
    @Transactional
    public void record(String tableName, String recordKey, String fieldName, String oldValue, String newValue) {
        recordBy(currentUser(), tableName, recordKey, fieldName, oldValue, newValue);
    }

    /** The same for changes made by the system itself (e.g. an SMS opt-out reply), naming the actor explicitly. */
    @Transactional
    public void recordBy(String actor, String tableName, String recordKey, String fieldName,
                         String oldValue, String newValue) {
        chains.append(ChainTable.DATA_CHANGE_LOG, LocalDateTime.now(clock), actor, tableName, recordKey, fieldName,
                oldValue, newValue);
    }

    private static String currentUser() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null || user.getName() == null ? SYSTEM_USER : user.getName();
    }
}
