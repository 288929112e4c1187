package org.wealthcrm.contract.extract;

import java.util.Set;

/**
 * One column of an extract file.
 *
 * @param name          field name as in EXTRACTS.md
 * @param type          value type
 * @param length        maximum characters (TEXT, CODE), exact digits (DIGITS) or precision p (DECIMAL)
 * @param scale         decimals s of a DECIMAL, 0 otherwise
 * @param required      false when an empty value ("no value") is allowed
 * @param codes         allowed values of a CODE (or of a DECIMAL such as org_level), empty if unrestricted
 * @param negativeAllowed false for amounts the contract calls positive
 */
public record Field(String name, FieldType type, int length, int scale, boolean required,
                    Set<String> codes, boolean negativeAllowed) {

    public Field {
        codes = Set.copyOf(codes);
    }

    static Field text(String name, int length, boolean required) {
        return new Field(name, FieldType.TEXT, length, 0, required, Set.of(), true);
    }

    static Field code(String name, boolean required, String... codes) {
        int longest = 0;
        for (String code : codes) {
            longest = Math.max(longest, code.length());
        }
        return new Field(name, FieldType.CODE, longest, 0, required, Set.of(codes), true);
    }

    static Field digits(String name, int length) {
        return new Field(name, FieldType.DIGITS, length, 0, true, Set.of(), true);
    }

    static Field currency(String name) {
        return new Field(name, FieldType.CURRENCY, 3, 0, true, Set.of(), true);
    }

    static Field date(String name, boolean required) {
        return new Field(name, FieldType.DATE, 8, 0, required, Set.of(), true);
    }

    static Field timestamp(String name) {
        return new Field(name, FieldType.TIMESTAMP, 14, 0, true, Set.of(), true);
    }

    static Field decimal(String name, int precision, int scale) {
        return new Field(name, FieldType.DECIMAL, precision, scale, true, Set.of(), true);
    }

    static Field positive(String name, int precision, int scale) {
        return new Field(name, FieldType.DECIMAL, precision, scale, true, Set.of(), false);
    }

    static Field level(String name, String... levels) {
        return new Field(name, FieldType.DECIMAL, 1, 0, true, Set.of(levels), false);
    }
}
