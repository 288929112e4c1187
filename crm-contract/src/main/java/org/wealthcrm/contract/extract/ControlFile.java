package org.wealthcrm.contract.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The one-line {@code .ok} file that declares a data file complete:
 * {@code file_name|record_count|byte_size|sha256_hex|business_date|generated_at}.
 */
public record ControlFile(String fileName, long recordCount, long byteSize, String sha256Hex,
                          LocalDate businessDate, LocalDateTime generatedAt) {

    static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final int BUFFER = 1 << 20;

    /** Reads an .ok file; a malformed line raises {@link MalformedControlFileException} naming the problem. */
    public static ControlFile read(Path okFile) throws IOException {
        String content = Files.readString(okFile, StandardCharsets.UTF_8);
        return ControlFileParser.parse(okFile.getFileName().toString(), content);
    }

    /** Describes a data file in one streaming pass: LF-terminated records, bytes and SHA-256. */
    public static ControlFile describe(Path dataFile, LocalDate businessDate, LocalDateTime generatedAt)
            throws IOException {
        MessageDigest sha256 = sha256();
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(dataFile)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha256.update(buffer, 0, n);
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return new ControlFile(dataFile.getFileName().toString(), lines, bytes,
            HexFormat.of().formatHex(sha256.digest()), businessDate, generatedAt);
    }

    /** The single line of the .ok file, without its line end. */
    public String line() {
        return fileName + "|" + recordCount + "|" + byteSize + "|" + sha256Hex + "|"
            + businessDate.format(DATE) + "|" + generatedAt.format(TIMESTAMP);
    }

    /** Writes the .ok file (one LF-terminated line) via a temporary file, so readers never see half of it. */
    public void write(Path okFile) throws IOException {
        Path temporary = okFile.resolveSibling(okFile.getFileName() + ".tmp");
        Files.writeString(temporary, line() + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, okFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Human-readable differences between this control file and the data file on disk; empty when they agree. */
    public List<String> disagreements(Path dataFile) throws IOException {
        ControlFile actual = describe(dataFile, businessDate, generatedAt);
        List<String> differences = new ArrayList<>();
        if (!fileName.equals(actual.fileName)) {
            differences.add("file_name " + fileName + " in control file, " + actual.fileName + " on disk");
        }
        String dateInName = ControlFileParser.dateInFileName(actual.fileName);
        if (!businessDate.format(DATE).equals(dateInName)) {
            differences.add("business_date " + businessDate.format(DATE) + " in control file, "
                + (dateInName == null ? "no date" : dateInName) + " in data file name");
        }
        if (recordCount != actual.recordCount) {
            differences.add("record_count " + recordCount + " in control file, " + actual.recordCount + " in data file");
        }
        if (byteSize != actual.byteSize) {
            differences.add("byte_size " + byteSize + " in control file, " + actual.byteSize + " in data file");
        }
        if (!sha256Hex.equalsIgnoreCase(actual.sha256Hex)) {
            differences.add("sha256 " + sha256Hex + " in control file, " + actual.sha256Hex + " in data file");
        }
        return differences;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
