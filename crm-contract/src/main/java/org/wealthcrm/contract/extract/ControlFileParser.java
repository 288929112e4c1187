package org.wealthcrm.contract.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** Parses the single line of an .ok file with a message that says exactly what is wrong. */
final class ControlFileParser {

    private static final int FIELDS = 6;

    private ControlFileParser() {
    }

    static ControlFile parse(String okName, String content) throws MalformedControlFileException {
        String line = content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
        if (line.isEmpty() || line.indexOf('\n') >= 0) {
            throw new MalformedControlFileException(okName + ": expected exactly one line");
        }
        String[] parts = line.split("\\|", -1);
        if (parts.length != FIELDS) {
            throw new MalformedControlFileException(okName + ": expected " + FIELDS
                + " fields file_name|record_count|byte_size|sha256_hex|business_date|generated_at, got "
                + parts.length);
        }
        if (parts[0].isEmpty()) {
            throw new MalformedControlFileException(okName + ": file_name is empty");
        }
        long records = count(okName, "record_count", parts[1]);
        long bytes = count(okName, "byte_size", parts[2]);
        String sha = parts[3];
        if (sha.length() != 64 || !isHex(sha)) {
            throw new MalformedControlFileException(okName + ": sha256_hex '" + sha + "' is not 64 hex digits");
        }
        LocalDate date = date(okName, parts[4]);
        LocalDateTime generated = timestamp(okName, parts[5]);
        return new ControlFile(parts[0], records, bytes, sha.toLowerCase(), date, generated);
    }

    /** The YYYYMMDD before the extension of {@code <system>_<table>_<YYYYMMDD>.dat}, or null. */
    static String dateInFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        int end = dot < 0 ? fileName.length() : dot;
        if (end < 9 || fileName.charAt(end - 9) != '_' || !Values.allDigits(fileName, end - 8, end)) {
            return null;
        }
        return fileName.substring(end - 8, end);
    }

    private static long count(String okName, String field, String value) throws MalformedControlFileException {
        if (value.isEmpty() || value.length() > 18 || !Values.allDigits(value, 0, value.length())) {
            throw new MalformedControlFileException(okName + ": " + field + " '" + value
                + "' is not a non-negative whole number");
        }
        return Long.parseLong(value);
    }

    private static LocalDate date(String okName, String value) throws MalformedControlFileException {
        if (value.length() != 8 || !Values.isDate(value, 0)) {
            throw new MalformedControlFileException(okName + ": business_date '" + value + "' is not YYYYMMDD");
        }
        return LocalDate.parse(value, ControlFile.DATE);
    }

    private static LocalDateTime timestamp(String okName, String value) throws MalformedControlFileException {
        try {
            if (!Values.isTimestamp(value)) {
                throw new DateTimeParseException("bad", value, 0);
            }
            return LocalDateTime.parse(value, ControlFile.TIMESTAMP);
        } catch (DateTimeParseException e) {
            throw new MalformedControlFileException(okName + ": generated_at '" + value
                + "' is not YYYYMMDDHHMMSS");
        }
    }

    private static boolean isHex(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.digit(value.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
