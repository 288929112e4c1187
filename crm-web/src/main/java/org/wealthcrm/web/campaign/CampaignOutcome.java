package org.wealthcrm.web.campaign;

import java.math.BigDecimal;

import org.wealthcrm.web.system.FormText;

/** What the owner records during and after the campaign: actual cost, execution notes, summary, the effect window. */
record CampaignOutcome(BigDecimal actualCost, String executionNotes, String summary, int windowDays) {

    CampaignOutcome {
        actualCost = Money.nonNegative(actualCost, "实际费用");
        executionNotes = FormText.optional(executionNotes, 2000, "执行情况不超过2000字");
        summary = FormText.optional(summary, 2000, "活动总结不超过2000字");
        Window.check(windowDays);
    }
}
