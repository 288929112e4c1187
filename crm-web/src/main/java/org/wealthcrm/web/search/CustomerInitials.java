package org.wealthcrm.web.search;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.contract.NameInitials;

/**
 * Keeps {@code customer.name_initials} filled: at start-up and every morning for every customer that has none yet
 * (rows the nightly load wrote), and for one customer whenever the web app writes a name.
 */
@Service
public class CustomerInitials implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CustomerInitials.class);
    private static final int BATCH = 1000;

    private final SearchMapper mapper;

    CustomerInitials(SearchMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void run(ApplicationArguments args) {
        fillAndLog();
    }

    /** Every morning after the nightly load ({@code crm.search.initials-cron}, default 06:20; {@code -} is off). */
    @Scheduled(cron = "${crm.search.initials-cron:0 20 6 * * *}")
    @SchedulerLock(name = "customer-initials", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void fillAfterNightlyLoad() {
        fillAndLog();
    }

    /** Fills the initials of every customer without them; returns how many were filled. */
    public int fillMissing() {
        int filled = 0;
        for (List<SearchRows.Named> batch = mapper.findWithoutInitials(BATCH); !batch.isEmpty();
             batch = mapper.findWithoutInitials(BATCH)) {
            filled += fill(batch);
        }
        return filled;
    }

    private void fillAndLog() {
        int filled = fillMissing();
        if (filled > 0) {
            log.info("name initials filled for {} customers", filled);
        }
    }

    /** Sets the initials of one customer from its name, in the caller's transaction. */
    @Transactional
    public void refresh(String custId, String custName) {
        mapper.updateInitials(custId, NameInitials.of(custName));
    }

    @Transactional
    int fill(List<SearchRows.Named> batch) {
        batch.forEach(row -> mapper.updateInitials(row.custId(), NameInitials.of(row.custName())));
        return batch.size();
    }
}
