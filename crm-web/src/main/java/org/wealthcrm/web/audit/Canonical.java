package org.wealthcrm.web.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical form of a log entry and its hash. Each value is written as {@code N;} (null) or
 * {@code S<length>:<text>;}, so no two different entries serialise alike; times at millisecond precision,
 * numbers as plain integers. {@code entry_hash = hex(SHA-256(prev_hash + "\n" + canonical))}.
 */
final class Canonical {

    static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

    private Canonical() {
    }

    /** The value as stored: times cut to milliseconds (what both databases keep), the rest unchanged. */
    static Object normalise(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toLocalDateTime().truncatedTo(ChronoUnit.MILLIS);
        }
        if (value instanceof LocalDateTime time) {
            return time.truncatedTo(ChronoUnit.MILLIS);
        }
        return value;
    }

    static String serialise(String table, long seq, List<?> values) {
        StringBuilder out = new StringBuilder();
        append(out, table);
        append(out, seq);
        values.forEach(value -> append(out, value));
        return out.toString();
    }

    static String hash(String prevHash, String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((prevHash + "\n" + canonical).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text a value hashes as (null for null): what the archive keeps, so it re-hashes alike. */
    static String text(Object raw) {
        Object value = normalise(raw);
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime time) {
            return TIME.format(time);
        }
        if (value instanceof Number number) {
            return Long.toString(number.longValue());
        }
        return value.toString();
    }

    private static void append(StringBuilder out, Object raw) {
        String text = text(raw);
        if (text == null) {
            out.append("N;");
            return;
        }
        out.append('S').append(text.length()).append(':').append(text).append(';');
    }
}
