package org.wealthcrm.contract.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Checks one line of an extract file against the contract and returns its fields.
 * One instance per business date; it is immutable and safe to share between threads.
 */
public final class LineValidator {

    private static volatile LineValidator recent;

    private final LocalDate businessDate;
    private final String businessDateText;

    public LineValidator(LocalDate businessDate) {
        this.businessDate = businessDate;
        this.businessDateText = businessDate.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    /** Convenience for one-off checks; reuses the validator of the most recent business date. */
    public static String[] validate(ExtractFile file, String line, LocalDate businessDate) {
        LineValidator validator = recent;
        if (validator == null || !validator.businessDate.equals(businessDate)) {
            validator = new LineValidator(businessDate);
            recent = validator;
        }
        return validator.validate(file, line);
    }

    /**
     * The fields of the line, as {@code line.split("\\|", -1)} would give them.
     *
     * @throws RejectedLineException naming the first problem found
     */
    public String[] validate(ExtractFile file, String line) {
        String[] values = split(file, line);
        List<Field> fields = file.fields();
        for (int i = 0; i < values.length; i++) {
            FieldChecks.check(file, fields.get(i), values[i]);
        }
        int dateIndex = file.recordDateIndex();
        if (dateIndex >= 0 && !values[dateIndex].startsWith(businessDateText)) {
            throw wrongDate(file, fields.get(dateIndex).name(), values[dateIndex]);
        }
        if (file == ExtractFile.CBS_CUSTOMER) {
            FieldChecks.checkIdNumber(file, values[2], values[3]);
        }
        return values;
    }

    private static String[] split(ExtractFile file, String line) {
        int expected = file.fieldCount();
        int count = 1;
        for (int i = line.indexOf('|'); i >= 0; i = line.indexOf('|', i + 1)) {
            count++;
        }
        if (count != expected) {
            throw new RejectedLineException(file, RejectReason.FIELD_COUNT, null,
                "wrong field count: expected " + expected + ", got " + count);
        }
        if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
            throw new RejectedLineException(file, RejectReason.BAD_FORMAT, null,
                "line ends with CR: the contract requires LF line ends");
        }
        String[] values = new String[expected];
        int start = 0;
        for (int i = 0; i < expected - 1; i++) {
            int end = line.indexOf('|', start);
            values[i] = line.substring(start, end);
            start = end + 1;
        }
        values[expected - 1] = line.substring(start);
        return values;
    }

    private RejectedLineException wrongDate(ExtractFile file, String field, String value) {
        String shown = value.length() > 8 ? value.substring(0, 8) : value;
        return new RejectedLineException(file, RejectReason.WRONG_DATE, field,
            field + ": " + shown + " is not the business date " + businessDateText);
    }
}
