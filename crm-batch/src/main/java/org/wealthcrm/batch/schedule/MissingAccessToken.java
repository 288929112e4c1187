package org.wealthcrm.batch.schedule;

/** The executor was asked to start without {@code crm.xxl.access-token} (and not for the demo). */
class MissingAccessToken extends IllegalStateException {

    static final String MESSAGE = "crm.xxl.access-token is empty: set it to the XXL-Job admin's xxl.job.accessToken"
            + " (crm.xxl.allow-empty-token=true only for a demo)";

    MissingAccessToken() {
        super(MESSAGE);
    }
}
