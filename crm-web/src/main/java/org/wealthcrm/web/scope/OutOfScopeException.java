package org.wealthcrm.web.scope;

/** Thrown when a user asks for data outside the user's {@link DataScope}; answered with HTTP 403. */
public class OutOfScopeException extends RuntimeException {

    public OutOfScopeException(String message) {
        super(message);
    }
}
