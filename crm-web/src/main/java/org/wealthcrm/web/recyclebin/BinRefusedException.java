package org.wealthcrm.web.recyclebin;

/** A delete or restore the rules do not allow; shown to the user as a refusal. */
public class BinRefusedException extends RuntimeException {

    public BinRefusedException(String message) {
        super(message);
    }
}
