package org.wealthcrm.web.audit;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Archives and purges the chains named by {@code crm.audit.purge-chains} (default the SMS log) of entries older
 * than the retention, every night at {@code crm.audit.purge-cron} (default 02:15; {@code -} is off). The archive and
 * what remains verify together ({@link AuditChainVerifier}).
 */
@Component
class AuditPurgeSchedule {

    private static final Logger log = LoggerFactory.getLogger(AuditPurgeSchedule.class);

    private final AuditRetention retention;
    private final List<String> chains;

    AuditPurgeSchedule(AuditRetention retention, @Value("${crm.audit.purge-chains:sms_log}") List<String> chains) {
        List<String> unknown = chains.stream().filter(c -> !ChainTable.chains().contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("crm.audit.purge-chains: unknown chains " + unknown);
        }
        this.retention = retention;
        this.chains = List.copyOf(chains);
    }

    /** Purges each configured chain; returns how many entries were deleted in all. */
    @Scheduled(cron = "${crm.audit.purge-cron:0 15 2 * * *}")
    @SchedulerLock(name = "audit-purge", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    int purge() {
        int purged = chains.stream().mapToInt(retention::purge).sum();
        log.info("audit purge of {}: {} entries older than {} archived and deleted", chains, purged,
                retention.cutoff());
        return purged;
    }
}
