package org.wealthcrm.web.service;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One service record as the customer page lists it. */
public record ServiceRecordRow(long recordId, String custId, String staffId, String staffName, String serviceType,
                               LocalDateTime servedAt, String content, String outcome, LocalDate nextContactDate) {
}
