package org.wealthcrm.web.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.wealthcrm.web.system.FormText;

/**
 * A new campaign, checked before it is written: subject, dates in order, a non-negative budget, and its members from
 * exactly one source, a published target list or a selection of customer numbers.
 */
record CampaignForm(String subject, LocalDate startDate, LocalDate endDate, String place, BigDecimal budget,
                    Long listId, List<String> selection, int windowDays, String plan) {

    static final int MAX_SELECTION = 2000;

    CampaignForm {
        subject = FormText.required(subject, 200, "请填写活动主题（不超过200字）");
        if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("请填写活动起止日期，结束不早于开始");
        }
        place = FormText.optional(place, 200, "地点不超过200字");
        budget = Money.nonNegative(budget, "预算");
        if (budget == null) {
            throw new IllegalArgumentException("请填写预算");
        }
        selection = selection == null ? List.of()
                : selection.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
        if ((listId == null) == selection.isEmpty()) {
            throw new IllegalArgumentException("请选择目标名单，或填写客户号清单（二选一）");
        }
        if (selection.size() > MAX_SELECTION || selection.stream().anyMatch(id -> id.length() > 16)) {
            throw new IllegalArgumentException("客户号清单至多2000个，每个不超过16位");
        }
        Window.check(windowDays);
        plan = FormText.optional(plan, 2000, "活动方案不超过2000字");
    }
}
