package org.wealthcrm.web.sms;

import java.time.LocalDateTime;

/** Rows the SMS mapper reads. */
final class SmsRows {

    private SmsRows() {
    }

    record Recipient(String custId, String custName, String mobile, String marketingConsent) {
    }

    record StaffContact(String staffId, String mobile) {
    }

    record OutMessage(long msgId, String custId, String mobile, String kind, String content, String consent,
                      int attempts) {
    }

    record PartRef(long msgId, int partNo, int parts) {
    }

    record Batch(long batchId, String sender, String kind, int recipients, String status) {
    }

    record Pending(long msgId, String kind, LocalDateTime scheduledAt) {
    }

    record Template(long templateId, String name, String kind, String body, String signature) {
    }

    record TemplateDetail(long templateId, String name, String kind, String body, String signature,
                          boolean active, String createdBy, String updatedBy, LocalDateTime updatedAt) {

        public String kindLabel() {
            return "MARKETING".equals(kind) ? "营销" : "服务通知";
        }
    }

    record Group(long groupId, String name, LocalDateTime createdAt, int members) {
    }

    record GroupMember(String custId, String custName, String mobile) {

        GroupMember masked(String shown) {
            return new GroupMember(custId, custName, shown);
        }
    }

    record PublishedList(long listId, String listName, int memberCount) {
    }

    /** Carries a generated id back from an insert. */
    static final class GeneratedId {
        private Long id;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }
    }

    record LogRow(long msgId, LocalDateTime createdAt, String sender, String senderName, String branchName,
                  String custId, String custName, String mobile, boolean inScope, String kind, String templateName,
                  String content, int parts, String channel, String status, String approval, int flags) {

        LogRow masked(String maskedMobile) {
            return new LogRow(msgId, createdAt, sender, senderName, branchName, custId, custName, maskedMobile,
                    inScope, kind, templateName, content, parts, channel, status, approval, flags);
        }
    }

    record Event(long seq, LocalDateTime eventAt, String event, Integer partNo, String smscId, String actor,
                 String detail) {
    }
}
