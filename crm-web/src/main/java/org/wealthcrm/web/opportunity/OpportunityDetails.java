package org.wealthcrm.web.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.wealthcrm.web.system.FormText;

/** The editable details of an open opportunity: subject, product, expected amount and date, competitors, notes. */
record OpportunityDetails(String subject, String prodCode, BigDecimal expectedAmount, LocalDate expectedSignDate,
                          String competitors, String needs, String solution) {

    OpportunityDetails {
        subject = FormText.required(subject, 200, "请填写主题（不超过200字）");
        prodCode = FormText.optional(prodCode, 16, "产品代码过长");
        checkAmount(expectedAmount);
        if (expectedSignDate == null) {
            throw new IllegalArgumentException("请填写预计签约日期");
        }
        competitors = FormText.optional(competitors, 400, "竞争对手不超过400字");
        needs = FormText.optional(needs, 2000, "客户需求不超过2000字");
        solution = FormText.optional(solution, 2000, "解决方案不超过2000字");
    }

    static void checkAmount(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 16) {
            throw new IllegalArgumentException("预计金额须为正数，最多两位小数");
        }
    }

    static OpportunityDetails of(OpportunityRow row) {
        return new OpportunityDetails(row.subject(), row.prodCode(), row.expectedAmount(), row.expectedSignDate(),
                row.competitors(), row.needs(), row.solution());
    }
}
