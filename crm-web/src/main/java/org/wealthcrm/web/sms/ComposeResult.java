package org.wealthcrm.web.sms;

import java.util.List;

/** The outcome of a send: the batch, how many messages were created, who was skipped and why. */
record ComposeResult(long batchId, String batchStatus, int created, List<Skipped> skipped) {

    record Skipped(String custId, String reason) {
    }
}
