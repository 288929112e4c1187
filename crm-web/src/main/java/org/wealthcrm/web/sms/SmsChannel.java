package org.wealthcrm.web.sms;

import java.util.Arrays;
import java.util.List;

/**
 * The channels a message can go by, stored in {@code sms_message.channel}. Only channels that really run are
 * {@code available}: today the operator's SMSC over SMPP. A second SMSC or the mobile-banking app's push would be
 * added here with its own sender (a {@link Submitter} chosen by the worker per channel) and switched on when it
 * exists; until then the compose page shows it disabled and a send naming it is refused.
 */
enum SmsChannel {
    SMPP("运营商短信网关（SMPP）", true),
    APP_PUSH("手机银行App推送（未接入）", false);

    private final String label;
    private final boolean available;

    SmsChannel(String label, boolean available) {
        this.label = label;
        this.available = available;
    }

    public String label() {
        return label;
    }

    public boolean available() {
        return available;
    }

    /** The available channel with this code; refused otherwise. */
    static SmsChannel usable(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code) && c.available).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("发送通道不可用：" + code));
    }

    static List<SmsChannel> all() {
        return List.of(values());
    }
}
