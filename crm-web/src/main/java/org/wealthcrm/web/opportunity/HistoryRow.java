package org.wealthcrm.web.opportunity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One entry of an opportunity's history. */
record HistoryRow(long historyId, LocalDate bizDate, LocalDateTime changedAt, String changedBy, String changedByName,
                  String fromStage, String stage, int probability, String stageNote) {

    public String fromStageLabel() {
        return Stage.labelOf(fromStage);
    }

    public String stageLabel() {
        return Stage.labelOf(stage);
    }
}
