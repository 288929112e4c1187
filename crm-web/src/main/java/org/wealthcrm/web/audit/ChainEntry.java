package org.wealthcrm.web.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One chained log entry as the verifier and the archive see it: its table, place in the chain and the hashed
 * columns as canonical text ({@link Canonical#text}), in the order of {@link ChainTable#columns()}.
 */
record ChainEntry(String table, long seq, String prevHash, String entryHash, Map<String, String> values) {

    ChainEntry {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The canonical form, the values taken in the table's column order (whatever order the map has). */
    String canonical() {
        List<String> ordered = new ArrayList<>();
        ChainTable.byTable(table).columns().forEach(column -> ordered.add(values.get(column)));
        return Canonical.serialise(table, seq, ordered);
    }

    /**
     * What is wrong with this entry when it should follow {@code previousSeq}/{@code previousHash}; null when it
     * links and hashes correctly.
     */
    String problemAfter(long previousSeq, String previousHash) {
        if (seq != previousSeq + 1) {
            return seq > previousSeq + 1
                    ? "entry missing (deleted): seq " + seq + " follows seq " + previousSeq
                    : "entry out of order: seq " + seq + " follows seq " + previousSeq;
        }
        if (!previousHash.equals(prevHash)) {
            return "prev_hash does not match the hash of the previous entry";
        }
        if (!Canonical.hash(prevHash, canonical()).equals(entryHash)) {
            return "content changed: the stored columns do not hash to entry_hash";
        }
        return null;
    }

    static Map<String, String> values(List<String> columns, List<Object> raw) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            values.put(columns.get(i), Canonical.text(raw.get(i)));
        }
        return values;
    }
}
