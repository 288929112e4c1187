package org.wealthcrm.web.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.wealthcrm.web.system.FormText;

/**
 * A new opportunity, checked before it is written: customer, subject, product category (and optionally the product),
 * a positive expected amount, the expected signing date, a source, the stage and a probability of 0–100 %.
 */
record OpportunityForm(String custId, String subject, String prodCategory, String prodCode, BigDecimal expectedAmount,
                       LocalDate expectedSignDate, String source, Stage stage, Integer probability,
                       String competitors, String needs, String solution, String stageNote) {

    static final Set<String> CATEGORIES = Set.of("DEPOSIT", "WEALTH", "FUND");
    static final Set<String> SOURCES = Set.of("VISIT", "REFERRAL", "CAMPAIGN", "LIST", "INBOUND", "OTHER");

    OpportunityForm {
        custId = FormText.required(custId, 16, "请填写客户号");
        subject = FormText.required(subject, 200, "请填写主题（不超过200字）");
        if (prodCategory == null || !CATEGORIES.contains(prodCategory)) {
            throw new IllegalArgumentException("请选择产品类别");
        }
        prodCode = FormText.optional(prodCode, 16, "产品代码过长");
        OpportunityDetails.checkAmount(expectedAmount);
        if (expectedSignDate == null) {
            throw new IllegalArgumentException("请填写预计签约日期");
        }
        if (source == null || !SOURCES.contains(source)) {
            throw new IllegalArgumentException("请选择机会来源");
        }
        StageChange.check(stage, probability);
        competitors = FormText.optional(competitors, 400, "竞争对手不超过400字");
        needs = FormText.optional(needs, 2000, "客户需求不超过2000字");
        solution = FormText.optional(solution, 2000, "解决方案不超过2000字");
        stageNote = FormText.optional(stageNote, 1000, "阶段说明不超过1000字");
    }
}
