package org.wealthcrm.web.opportunity;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.DataChangeLog;

/**
 * Links won opportunities to the purchase that later shows up in the data: for FUND the first fund_confirm
 * subscription/purchase (biz_code 120, 122, 139) of the customer on or after the won date (of the opportunity's fund
 * when one was named), for WEALTH the first wm_holding row on or after the won date of a product the customer did not
 * hold before it. DEPOSIT opportunities are not linked (no deposit transactions in the extracts). Runs when the list
 * or an opportunity is opened and every morning ({@code crm.opportunity.purchase-cron}, {@code -} switches it off).
 */
@Service
class PurchaseLinks {

    private static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(PurchaseLinks.class);

    private final OpportunityMapper mapper;
    private final DataChangeLog changes;

    PurchaseLinks(OpportunityMapper mapper, DataChangeLog changes) {
        this.mapper = mapper;
        this.changes = changes;
    }

    @Scheduled(cron = "${crm.opportunity.purchase-cron:0 50 6 * * *}")
    @SchedulerLock(name = "purchase-links", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void nightly() {
        log.info("opportunities: {} won opportunities linked to their purchase", linkArrived());
    }

    /** Links every won opportunity whose purchase has arrived; returns how many were linked. */
    @Transactional
    public int linkArrived() {
        int linked = 0;
        for (OpportunityMapper.WonOpportunity won : mapper.findWonWithoutPurchase()) {
            OpportunityMapper.PurchaseLink link = "FUND".equals(won.prodCategory())
                    ? mapper.findFundPurchase(won) : mapper.findWealthPurchase(won);
            if (link != null && mapper.linkPurchase(won.oppId(), link) == 1) {
                changes.recordBy(SYSTEM, "opportunity", String.valueOf(won.oppId()), "purchase_ref", null,
                        link.source() + ":" + link.ref());
                linked++;
            }
        }
        return linked;
    }
}
