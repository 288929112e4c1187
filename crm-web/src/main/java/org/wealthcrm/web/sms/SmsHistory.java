package org.wealthcrm.web.sms;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.wealthcrm.web.scope.Masking;

/** The messages sent to one customer, newest first, for the customer page (test sends are not the customer's). */
@Service
public class SmsHistory {

    static final int LIMIT = 50;

    private final SmsMapper mapper;

    SmsHistory(SmsMapper mapper) {
        this.mapper = mapper;
    }

    /** Call only for a customer the viewer sees; the mobile masked when {@code masked}. */
    public List<Message> forCustomer(String custId, boolean masked) {
        List<Message> rows = mapper.findCustomerMessages(custId, LIMIT);
        return masked ? rows.stream().map(m -> m.withMobile(Masking.mobile(m.mobile()))).toList() : rows;
    }

    public record Message(long msgId, LocalDateTime createdAt, String sender, String senderName, String kind,
                          String templateName, String content, int parts, String channel, String status,
                          String mobile) {

        Message withMobile(String shown) {
            return new Message(msgId, createdAt, sender, senderName, kind, templateName, content, parts, channel,
                    status, shown);
        }

        public String kindLabel() {
            return "MARKETING".equals(kind) ? "营销" : "服务";
        }
    }
}
