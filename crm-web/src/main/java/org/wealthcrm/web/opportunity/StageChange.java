package org.wealthcrm.web.opportunity;

import org.wealthcrm.web.system.FormText;

/** A change of stage, probability or stage note asked for by the user; the service appends it to the history. */
record StageChange(Stage stage, Integer probability, String stageNote) {

    StageChange {
        check(stage, probability);
        stageNote = FormText.optional(stageNote, 1000, "阶段说明不超过1000字");
    }

    static void check(Stage stage, Integer probability) {
        if (stage == null) {
            throw new IllegalArgumentException("请选择阶段");
        }
        if (probability == null || probability < 0 || probability > 100) {
            throw new IllegalArgumentException("成交概率须在0到100之间");
        }
        if (stage == Stage.WON && probability != 100 || stage == Stage.LOST && probability != 0) {
            throw new IllegalArgumentException("赢单概率须为100，输单概率须为0");
        }
    }
}
