package org.wealthcrm.web.bizdate;

/** Thrown when no metrics are published for the business date asked for (or for any date at all). */
public class NoPublishedDataException extends RuntimeException {

    public NoPublishedDataException(String message) {
        super(message);
    }
}
