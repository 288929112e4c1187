package org.wealthcrm.web.targetlist;

/** A list definition that breaks a rule; the message is shown to the user. */
class InvalidListException extends RuntimeException {

    InvalidListException(String message) {
        super(message);
    }
}
