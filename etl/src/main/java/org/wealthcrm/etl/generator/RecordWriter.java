package org.wealthcrm.etl.generator;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes '|'-separated, LF-terminated records straight into a large byte buffer, hashing the bytes as they are
 * flushed, so a data file and the figures of its control file come out of a single pass.
 */
final class RecordWriter implements Closeable {

    record Summary(Path file, long records, long bytes, String sha256Hex) {
    }

    private static final int BUFFER = 1 << 20;
    private static final int MAX_RECORD = 4096;

    private final Path file;
    private final OutputStream out;
    private final MessageDigest sha256;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private boolean lineStart = true;
    private long records;
    private long flushed;
    private Summary summary;

    RecordWriter(Path file) {
        this.file = file;
        try {
            this.out = Files.newOutputStream(file);
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    RecordWriter field(String value) {
        separator();
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                position -= i;
                return raw(value.getBytes(StandardCharsets.UTF_8));
            }
            buffer[position++] = (byte) c;
        }
        return this;
    }

    RecordWriter field(byte[] value) {
        separator();
        return raw(value);
    }

    /** A whole number. */
    RecordWriter number(long value) {
        separator();
        appendLong(value);
        return this;
    }

    /** A whole number left-padded with zeros to the given width (ids). */
    RecordWriter padded(String prefix, long value, int width) {
        field(prefix);
        appendPadded(value, width);
        return this;
    }

    /** Digits appended to the current field without a separator (the tail of an id). */
    RecordWriter append(long value, int width) {
        appendPadded(value, width);
        return this;
    }

    /** An amount N(18,2) from cents. */
    RecordWriter cents(long cents) {
        return decimal(cents, 2);
    }

    /** A NAV N(10,4) from ten-thousandths. */
    RecordWriter nav(long tenThousandths) {
        return decimal(tenThousandths, 4);
    }

    /** A date from its {@code yyyymmdd} number. */
    RecordWriter date(int yyyymmdd) {
        separator();
        appendPadded(yyyymmdd, 8);
        return this;
    }

    /** A timestamp from {@code yyyymmdd} and {@code hhmmss}. */
    RecordWriter timestamp(int yyyymmdd, int hhmmss) {
        separator();
        appendPadded(yyyymmdd, 8);
        appendPadded(hhmmss, 6);
        return this;
    }

    RecordWriter empty() {
        separator();
        return this;
    }

    void end() {
        buffer[position++] = '\n';
        lineStart = true;
        records++;
        if (position > BUFFER - MAX_RECORD) {
            flush();
        }
    }

    /** Appends a complete pre-formatted record, which must end with LF. */
    void line(byte[] record) {
        if (position + record.length > BUFFER) {
            flush();
        }
        if (record.length > BUFFER) {
            hashAndWrite(record, record.length);
        } else {
            System.arraycopy(record, 0, buffer, position, record.length);
            position += record.length;
        }
        records++;
    }

    long records() {
        return records;
    }

    Summary summary() {
        return summary;
    }

    @Override
    public void close() {
        if (summary != null) {
            return;
        }
        flush();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        summary = new Summary(file, records, flushed, HexFormat.of().formatHex(sha256.digest()));
    }

    private RecordWriter decimal(long value, int scale) {
        separator();
        if (value < 0) {
            buffer[position++] = '-';
            value = -value;
        }
        long unit = scale == 2 ? 100 : 10_000;
        appendLong(value / unit);
        buffer[position++] = '.';
        appendPadded(value % unit, scale);
        return this;
    }

    private RecordWriter raw(byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
        return this;
    }

    private void separator() {
        if (lineStart) {
            lineStart = false;
        } else {
            buffer[position++] = '|';
        }
    }

    private void appendLong(long value) {
        if (value < 0) {
            buffer[position++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        appendPadded(value, digits);
    }

    private void appendPadded(long value, int width) {
        for (int i = position + width - 1; i >= position; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        position += width;
    }

    private void flush() {
        hashAndWrite(buffer, position);
        position = 0;
    }

    private void hashAndWrite(byte[] bytes, int length) {
        sha256.update(bytes, 0, length);
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flushed += length;
    }
}
