package org.wealthcrm.web.audit;

/**
 * The verdict on one chain: OK, or the first broken entry and why.
 *
 * @param chain      the chain's name
 * @param ok         whether every entry and the head agree
 * @param entries    how many entries were read
 * @param brokenSeq  the first entry that does not verify (null when OK)
 * @param reason     why it does not (null when OK)
 */
public record ChainReport(String chain, boolean ok, long entries, Long brokenSeq, String reason) {

    static ChainReport ok(String chain, long entries) {
        return new ChainReport(chain, true, entries, null, null);
    }

    static ChainReport broken(String chain, long entries, long seq, String reason) {
        return new ChainReport(chain, false, entries, seq, reason);
    }

    /** One line for the command line and the compliance page. */
    public String summary() {
        return ok ? chain + ": OK (" + entries + " entries)" : chain + ": BROKEN at seq " + brokenSeq + ": " + reason;
    }
}
