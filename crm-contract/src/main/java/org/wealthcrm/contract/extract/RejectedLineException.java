package org.wealthcrm.contract.extract;

/**
 * A line that breaks the extract contract. Carries no stack trace: rejections are expected data,
 * not programming errors, and may be numerous.
 */
public class RejectedLineException extends RuntimeException {

    private final ExtractFile file;
    private final RejectReason reason;
    private final String field;

    public RejectedLineException(ExtractFile file, RejectReason reason, String field, String message) {
        super(message, null, false, false);
        this.file = file;
        this.reason = reason;
        this.field = field;
    }

    public ExtractFile file() {
        return file;
    }

    public RejectReason reason() {
        return reason;
    }

    /** The short stable code of {@link #reason()}, e.g. {@code BAD_DATE}. */
    public String reasonCode() {
        return reason.name();
    }

    /** The offending field's name, or null when the line as a whole is wrong. */
    public String field() {
        return field;
    }
}
