package org.wealthcrm.web.audit;

import java.util.Map;

/**
 * What one archive file holds, written next to it as {@code <file>.manifest.json}.
 *
 * @param chain        the chain's name
 * @param file         the archive's file name (gzip JSON lines, one {@link ChainEntry} a line, in seq order)
 * @param fileSha256   hex SHA-256 of the archive file's bytes
 * @param fromSeq      the first archived entry
 * @param toSeq        the last archived entry
 * @param entries      how many entries (lines) the file holds
 * @param tables       how many of them per table
 * @param previousHash the hash the first entry links to (the checkpoint before the purge, or the genesis hash)
 * @param firstHash    the chain hash of the first archived entry
 * @param lastHash     the chain hash of the last archived entry (the checkpoint after the purge)
 * @param cutoff       entries older than this time were purged (ISO local date-time)
 * @param archivedAt   when, by the business clock (ISO local date-time)
 */
record ArchiveManifest(String chain, String file, String fileSha256, long fromSeq, long toSeq, long entries,
                       Map<String, Long> tables, String previousHash, String firstHash, String lastHash,
                       String cutoff, String archivedAt) {
}
