package org.wealthcrm.web.sms;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.sms.*}: the SMSC connection, the sender's rhythm, and the marketing rules.
 *
 * @param enabled            whether the background sender runs (needs an SMSC)
 * @param smsc               the operator's SMSC
 * @param quietStart         marketing waits from this time ...
 * @param quietEnd           ... to this time (the next window's start)
 * @param marketingPerWeek   marketing messages per customer per calendar week (Monday to Sunday)
 * @param approvalThreshold  a marketing batch with more recipients than this needs approval
 * @param signature          the bank's signature put in front of every message
 * @param optOutLine         appended to marketing messages
 * @param pollInterval       how often the sender looks for due messages
 * @param claimTimeout       after this long a claimed but unsubmitted message may be claimed again
 * @param maxAttempts        submit attempts before a message is FAILED
 * @param firstRetry         back-off after the first failed attempt, doubled each time
 */
@ConfigurationProperties("crm.sms")
record SmsSettings(@DefaultValue("false") boolean enabled,
                   @DefaultValue Smsc smsc,
                   @DefaultValue("21:00") LocalTime quietStart,
                   @DefaultValue("08:00") LocalTime quietEnd,
                   @DefaultValue("2") int marketingPerWeek,
                   @DefaultValue("100") int approvalThreshold,
                   @DefaultValue("【财富银行】") String signature,
                   @DefaultValue("回T退订") String optOutLine,
                   @DefaultValue("5s") Duration pollInterval,
                   @DefaultValue("5m") Duration claimTimeout,
                   @DefaultValue("5") int maxAttempts,
                   @DefaultValue("30s") Duration firstRetry) {

    record Smsc(@DefaultValue("127.0.0.1") String host, @DefaultValue("2775") int port,
                @DefaultValue("crm") String systemId, @DefaultValue("") String password,
                @DefaultValue("95588") String sourceAddr) {
    }

    SmsSettings withSmsc(Smsc other) {
        return new SmsSettings(enabled, other, quietStart, quietEnd, marketingPerWeek, approvalThreshold, signature,
                optOutLine, pollInterval, claimTimeout, maxAttempts, firstRetry);
    }

    SmsSettings withApprovalThreshold(int threshold) {
        return new SmsSettings(enabled, smsc, quietStart, quietEnd, marketingPerWeek, threshold, signature,
                optOutLine, pollInterval, claimTimeout, maxAttempts, firstRetry);
    }
}
