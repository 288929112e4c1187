package org.wealthcrm.web.sms;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the sender composed: kind (SERVICE / MARKETING), the template and its body (possibly edited), the values of
 * the variables other than the customer's name, recipients (customer ids, a saved group and/or a published target
 * list), an optional
 * scheduled time, the channel, and whether this is a test send to the sender's own mobile.
 */
record Composition(String kind, Long templateId, String body, Map<String, String> values, List<String> custIds,
                   Long groupId, Long listId, LocalDateTime scheduledAt, String channel, boolean testSend) {

    Composition(String kind, Long templateId, String body, Map<String, String> values, List<String> custIds,
                Long groupId, LocalDateTime scheduledAt, String channel, boolean testSend) {
        this(kind, templateId, body, values, custIds, groupId, null, scheduledAt, channel, testSend);
    }

    boolean marketing() {
        return "MARKETING".equals(kind);
    }
}
