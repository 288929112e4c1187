package org.wealthcrm.analytics.io;

import java.io.IOException;

/** A staged input file that the job needs does not exist. */
public final class MissingInputException extends IOException {

    MissingInputException(String message) {
        super(message);
    }
}
