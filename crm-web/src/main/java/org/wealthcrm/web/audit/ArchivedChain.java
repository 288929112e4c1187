package org.wealthcrm.web.audit;

import java.util.List;

/**
 * Walks the archive of one chain from the genesis hash to the chain's checkpoint: every archive file continues the
 * previous one, every line links and re-hashes, each file's manifest (counts, first/last hash, SHA-256) matches, and
 * the last archived entry is the checkpoint the live rows continue from.
 */
final class ArchivedChain {

    /** Where the walk ended: the last verified seq and hash, how many entries, or the first problem. */
    record Walk(long seq, String hash, long entries, ChainReport broken) {
    }

    private ArchivedChain() {
    }

    static Walk walk(ChainArchive archive, String chain, long checkpointSeq, String checkpointHash) {
        long seq = 0;
        String hash = Canonical.GENESIS;
        long entries = 0;
        List<ArchiveManifest> manifests;
        try {
            manifests = archive.manifests(chain);
        } catch (RuntimeException unreadable) {
            return broken(chain, 0, 1, "the archive's manifests are unreadable: " + unreadable.getMessage());
        }
        for (ArchiveManifest manifest : manifests) {
            if (manifest.fromSeq() != seq + 1 || !manifest.previousHash().equals(hash)) {
                return broken(chain, entries, seq + 1, "archive " + manifest.file() + " does not continue the chain"
                        + " at seq " + (seq + 1) + " (it starts at seq " + manifest.fromSeq() + ")");
            }
            List<ChainEntry> lines;
            try {
                lines = archive.read(manifest);
            } catch (RuntimeException unreadable) {
                return broken(chain, entries, seq + 1, "archive " + manifest.file() + " is unreadable: "
                        + unreadable.getMessage());
            }
            for (int i = 0; i < lines.size(); i++) {
                ChainEntry entry = lines.get(i);
                String problem = ChainTable.of(chain).stream().anyMatch(t -> t.table().equals(entry.table()))
                        ? entry.problemAfter(seq, hash) : "not a table of this chain";
                if (problem != null) {
                    return broken(chain, entries, Math.min(entry.seq(), seq + 1), "archived entry " + entry.table()
                            + " seq " + entry.seq() + " (" + manifest.file() + " line " + (i + 1) + "): " + problem);
                }
                seq = entry.seq();
                hash = entry.entryHash();
                entries++;
            }
            String mismatch = mismatch(archive, manifest, lines, seq, hash);
            if (mismatch != null) {
                return broken(chain, entries, seq + 1, "archive " + manifest.file() + ": " + mismatch);
            }
        }
        if (seq != checkpointSeq || !hash.equals(checkpointHash)) {
            return broken(chain, entries, seq + 1, seq == 0
                    ? "entries 1 to " + checkpointSeq + " were purged without an archive"
                    : "the archive ends at seq " + seq + " but the checkpoint is seq " + checkpointSeq);
        }
        return new Walk(seq, hash, entries, null);
    }

    private static String mismatch(ChainArchive archive, ArchiveManifest manifest, List<ChainEntry> lines,
                                   long seq, String hash) {
        if (lines.size() != manifest.entries() || seq != manifest.toSeq() || !hash.equals(manifest.lastHash())) {
            return "holds " + lines.size() + " entries up to seq " + seq + ", the manifest says " + manifest.entries()
                    + " up to seq " + manifest.toSeq();
        }
        if (!lines.get(0).entryHash().equals(manifest.firstHash())) {
            return "the first entry's hash differs from the manifest";
        }
        for (var table : manifest.tables().entrySet()) {
            long count = lines.stream().filter(e -> e.table().equals(table.getKey())).count();
            if (count != table.getValue()) {
                return count + " " + table.getKey() + " entries, the manifest says " + table.getValue();
            }
        }
        if (!archive.sha256(manifest.file()).equals(manifest.fileSha256())) {
            return "the file's SHA-256 differs from the manifest";
        }
        return null;
    }

    private static Walk broken(String chain, long entries, long seq, String reason) {
        return new Walk(seq, null, entries, ChainReport.broken(chain, entries, seq, reason));
    }
}
