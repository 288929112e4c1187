package org.wealthcrm.contract.extract;

import java.io.IOException;

/** An .ok control file whose line does not follow {@code file_name|record_count|...|generated_at}. */
public class MalformedControlFileException extends IOException {

    public MalformedControlFileException(String message) {
        super(message);
    }
}
