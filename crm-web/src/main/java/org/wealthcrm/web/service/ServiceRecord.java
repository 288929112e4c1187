package org.wealthcrm.web.service;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A visit, call or meeting with a customer, checked before it is written: type, time, content and outcome are
 * required, the next contact date may not lie before the service.
 */
public record ServiceRecord(String custId, String staffId, String serviceType, LocalDateTime servedAt, String content,
                     String outcome, LocalDate nextContactDate) {

    static final int MAX_CONTENT = 2000;

    public ServiceRecord {
        require(custId, "客户号不能为空");
        require(staffId, "服务人员不能为空");
        require(serviceType, "请选择服务方式");
        require(outcome, "请选择服务结果");
        require(content, "请填写服务内容");
        if (servedAt == null) {
            throw new IllegalArgumentException("请填写服务时间");
        }
        content = content.strip();
        if (content.length() > MAX_CONTENT) {
            throw new IllegalArgumentException("服务内容不能超过" + MAX_CONTENT + "个字");
        }
        if (nextContactDate != null && nextContactDate.isBefore(servedAt.toLocalDate())) {
            throw new IllegalArgumentException("下次联系日期不能早于服务日期");
        }
    }

    private static void require(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
    }
}
