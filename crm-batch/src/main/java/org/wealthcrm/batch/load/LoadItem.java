package org.wealthcrm.batch.load;

/**
 * A line after checking: either accepted with its fields, or rejected with a reason code and text.
 * Rejected lines are written to {@code load_reject} in the same chunk transaction as the accepted ones,
 * so a restart never loses or repeats a reject.
 */
record LoadItem(NumberedLine line, String[] fields, String reasonCode, String reason) {

    static LoadItem accepted(NumberedLine line, String[] fields) {
        return new LoadItem(line, fields, null, null);
    }

    static LoadItem rejected(NumberedLine line, String reasonCode, String reason) {
        return new LoadItem(line, null, reasonCode, reason);
    }

    boolean isAccepted() {
        return reasonCode == null;
    }
}
