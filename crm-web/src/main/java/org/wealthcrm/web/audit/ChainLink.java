package org.wealthcrm.web.audit;

/** Where an appended entry sits in its chain. */
public record ChainLink(long seq, String prevHash, String entryHash) {
}
