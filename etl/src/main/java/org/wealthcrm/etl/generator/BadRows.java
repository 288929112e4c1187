package org.wealthcrm.etl.generator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import org.wealthcrm.contract.extract.ExtractFile;
import org.wealthcrm.contract.extract.IdNumber;

/** Plans where each bad row goes and turns a good template row into the bad row of its kind. */
final class BadRows {

    private static final String CHECK_CHARACTERS = "0123456789X";

    private final String date;
    private final int customers;
    private final Rng rng;

    BadRows(LocalDate date, int customers, long seed) {
        this.date = Integer.toString(BusinessCalendar.yyyymmdd(date));
        this.customers = customers;
        this.rng = new Rng(0).reseed(seed, 99, date.toEpochDay());
    }

    BadRowInjector.Insertion plan(BadRowKind kind, int j, int order, Map<ExtractFile, Long> lineCounts) {
        ExtractFile file = switch (kind) {
            case FIELD_COUNT, BAD_AMOUNT -> ExtractFile.CBS_TXN;
            case BAD_DATE, BAD_ID_NUMBER -> ExtractFile.CBS_CUSTOMER;
            case UNKNOWN_CODE, UNKNOWN_CUSTOMER -> ExtractFile.CBS_ACCOUNT;
            case DUPLICATE_KEY -> j % 2 == 0 ? ExtractFile.CBS_CUSTOMER : ExtractFile.CBS_ACCOUNT;
            case UNKNOWN_FUND -> ExtractFile.TA_SHARE;
        };
        long lines = lineCounts.getOrDefault(file, 0L);
        if (lines == 0) {
            throw new IllegalStateException("cannot inject " + kind + " rows: " + file.fileName(LocalDate.parse(
                date, DateTimeFormatter.BASIC_ISO_DATE)) + " has no rows to model them on");
        }
        long template = (rng.nextLong() >>> 1) % lines;
        // a duplicate comes after the row it repeats, so the later line is the one a loader rejects
        long before = kind == BadRowKind.DUPLICATE_KEY ? template + 1 + (rng.nextLong() >>> 1) % (lines - template)
            : (rng.nextLong() >>> 1) % (lines + 1);
        return new BadRowInjector.Insertion(file, before, order, kind, template, edit(kind, j));
    }

    /** Field replacements as index/value pairs; index -1 means "drop the last field". */
    private String[] edit(BadRowKind kind, int j) {
        String freshTxn = "TX" + date + (900_000_000 + j);
        return switch (kind) {
            case FIELD_COUNT -> new String[] {"0", freshTxn, "-1", ""};
            case BAD_AMOUNT -> new String[] {"0", "TX" + date + (950_000_000 + j), "5",
                new String[] {"12,5", "100.5", "1,000.00", "8.8.8"}[j % 4]};
            case BAD_DATE -> new String[] {"0", Customers.id(customers + 1_000_000 + j), "5",
                date.substring(0, 4) + new String[] {"1301", "0230", "0431", "0000"}[j % 4]};
            case BAD_ID_NUMBER -> new String[] {"0", Customers.id(customers + 1_500_000 + j), "2", "01"};
            case UNKNOWN_CODE -> new String[] {"0", "6299" + Customers.digits(j, 12), "2", "XX"};
            case UNKNOWN_CUSTOMER -> new String[] {"0", "6298" + Customers.digits(j, 12), "1",
                Customers.id(customers + 2_000_000 + j)};
            case UNKNOWN_FUND -> new String[] {"3", "999" + Customers.digits(j % 1000, 3)};
            case DUPLICATE_KEY -> new String[0];
        };
    }

    String apply(BadRowInjector.Insertion insertion, String template) {
        String[] fields = template.split("\\|", -1);
        String[] edit = insertion.edit();
        boolean dropLast = false;
        for (int i = 0; i < edit.length; i += 2) {
            int index = Integer.parseInt(edit[i]);
            if (index < 0) {
                dropLast = true;
            } else {
                fields[index] = edit[i + 1];
            }
        }
        if (insertion.kind() == BadRowKind.BAD_ID_NUMBER) {
            fields[3] = wrongCheckDigit(fields[3]);
        }
        int count = dropLast ? fields.length - 1 : fields.length;
        return String.join("|", Arrays.copyOf(fields, count));
    }

    /** A resident ID of the template customer (or a made-up one) with its check digit changed. */
    private static String wrongCheckDigit(String idNo) {
        String first17 = idNo.length() == 18 && IdNumber.isValid(idNo) ? idNo.substring(0, 17) : "33010619800101123";
        char right = IdNumber.checkDigit(first17);
        char wrong = CHECK_CHARACTERS.charAt((CHECK_CHARACTERS.indexOf(right) + 1) % CHECK_CHARACTERS.length());
        return first17 + wrong;
    }
}
