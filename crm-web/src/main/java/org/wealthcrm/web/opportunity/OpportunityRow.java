package org.wealthcrm.web.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An opportunity as the list and the detail page show it; daysInStage is counted to the business clock's today. */
record OpportunityRow(long oppId, String custId, String custName, String ownerId, String ownerName, String subject,
                      String prodCategory, String prodCode, BigDecimal expectedAmount, LocalDate expectedSignDate,
                      String source, String stage, int probability, String competitors, String needs,
                      String solution, String stageNote, LocalDate stageSince, int daysInStage, LocalDate wonDate,
                      String purchaseSource, String purchaseRef, LocalDate purchaseDate, BigDecimal purchaseAmount) {

    public String stageLabel() {
        return Stage.labelOf(stage);
    }

    public BigDecimal weighted() {
        return expectedAmount.multiply(BigDecimal.valueOf(probability)).movePointLeft(2);
    }

    StageChange current() {
        return new StageChange(Stage.valueOf(stage), probability, stageNote);
    }
}
