package org.wealthcrm.web.pool;

/** A pool move the rules do not allow; the message says why, in the UI's language. */
public class PoolRefusedException extends RuntimeException {

    public PoolRefusedException(String message) {
        super(message);
    }
}
