package org.wealthcrm.web.goal;

/** A split or target refused, with the reason shown to the user. */
class InvalidSplitException extends RuntimeException {

    InvalidSplitException(String message) {
        super(message);
    }
}
