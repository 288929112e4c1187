package org.wealthcrm.web.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A campaign as the pages show it. */
record CampaignRow(long campaignId, String subject, String ownerId, String ownerName, String ownerOrg,
                   String ownerPath, LocalDate startDate, LocalDate endDate, String place, BigDecimal budget,
                   BigDecimal actualCost, Long listId, String listName, int windowDays, String plan,
                   String executionNotes, String summary, int members) {

    Window window() {
        return Window.of(startDate, endDate, windowDays);
    }

    public LocalDate windowEnd() {
        return window().to();
    }
}
