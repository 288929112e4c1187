package org.wealthcrm.batch.load;

/** A file had more rejected lines than the night allows: the run stops rather than publish half a bank. */
public class RejectLimitExceededException extends RuntimeException {

    RejectLimitExceededException(String fileName, long rejected, long limit) {
        super(fileName + ": " + rejected + " rejected lines, more than the limit of " + limit
                + " (crm.night.reject-limit); see load_reject for the reasons");
    }
}
