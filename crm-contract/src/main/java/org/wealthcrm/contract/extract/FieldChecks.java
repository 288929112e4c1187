package org.wealthcrm.contract.extract;

/** The per-field rules of the contract, each raising a {@link RejectedLineException} with its reason. */
final class FieldChecks {

    private static final int SHOWN_CHARACTERS = 40;

    private FieldChecks() {
    }

    static void check(ExtractFile file, Field field, String value) {
        if (value.isEmpty()) {
            if (field.required()) {
                throw reject(file, RejectReason.MISSING_VALUE, field, "missing value");
            }
            return;
        }
        switch (field.type()) {
            case TEXT -> checkText(file, field, value);
            case CODE -> checkCode(file, field, value);
            case DIGITS -> checkDigits(file, field, value);
            case CURRENCY -> checkCurrency(file, field, value);
            case DATE -> checkDate(file, field, value);
            case TIMESTAMP -> checkTimestamp(file, field, value);
            case DECIMAL -> checkDecimal(file, field, value);
        }
    }

    static void checkIdNumber(ExtractFile file, String idType, String idNo) {
        if ("01".equals(idType)) {
            String problem = IdNumber.problem(idNo);
            if (problem != null) {
                throw new RejectedLineException(file, RejectReason.BAD_ID_NUMBER, "id_no", "id_no: " + problem);
            }
        }
    }

    private static void checkText(ExtractFile file, Field field, String value) {
        if (value.length() > field.length() && Values.characterCount(value) > field.length()) {
            throw reject(file, RejectReason.TOO_LONG, field, "longer than " + field.length() + " characters");
        }
        if (field.name().equals("mobile")) {
            checkMobile(file, field, value);
        }
    }

    private static void checkMobile(ExtractFile file, Field field, String value) {
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != '+' && c != '-' && c != ' ') {
                throw reject(file, RejectReason.BAD_MOBILE, field, "not a phone number " + quoted(value));
            }
        }
        if (digits < 5) {
            throw reject(file, RejectReason.BAD_MOBILE, field, "too few digits " + quoted(value));
        }
        if (digits == value.length() && value.charAt(0) == '1' && digits != 11) {
            throw reject(file, RejectReason.BAD_MOBILE, field,
                "mainland mobile number must have 11 digits " + quoted(value));
        }
    }

    private static void checkCode(ExtractFile file, Field field, String value) {
        if (!field.codes().contains(value)) {
            throw reject(file, RejectReason.UNKNOWN_CODE, field, "unknown code " + quoted(value));
        }
    }

    private static void checkDigits(ExtractFile file, Field field, String value) {
        if (value.length() != field.length() || !Values.allDigits(value, 0, value.length())) {
            throw reject(file, RejectReason.BAD_FORMAT, field,
                "expected " + field.length() + " digits, got " + quoted(value));
        }
    }

    private static void checkCurrency(ExtractFile file, Field field, String value) {
        boolean upperLetters = value.length() == 3;
        for (int i = 0; upperLetters && i < 3; i++) {
            upperLetters = value.charAt(i) >= 'A' && value.charAt(i) <= 'Z';
        }
        if (!upperLetters) {
            throw reject(file, RejectReason.UNKNOWN_CODE, field, "not an ISO 4217 currency code " + quoted(value));
        }
    }

    private static void checkDate(ExtractFile file, Field field, String value) {
        if (value.length() != 8 || !Values.isDate(value, 0)) {
            throw reject(file, RejectReason.BAD_DATE, field, "malformed date " + quoted(value));
        }
    }

    private static void checkTimestamp(ExtractFile file, Field field, String value) {
        if (!Values.isTimestamp(value)) {
            throw reject(file, RejectReason.BAD_DATE, field, "malformed timestamp " + quoted(value));
        }
    }

    private static void checkDecimal(ExtractFile file, Field field, String value) {
        if (!Values.isDecimal(value, field.length(), field.scale())) {
            String what = field.scale() == 2 ? "amount" : "number";
            throw reject(file, RejectReason.BAD_AMOUNT, field, "malformed " + what + " " + quoted(value));
        }
        if (!field.negativeAllowed() && value.charAt(0) == '-') {
            throw reject(file, RejectReason.BAD_AMOUNT, field, "must be positive, got " + quoted(value));
        }
        if (!field.codes().isEmpty() && !field.codes().contains(value)) {
            throw reject(file, RejectReason.UNKNOWN_CODE, field, "unknown code " + quoted(value));
        }
    }

    private static RejectedLineException reject(ExtractFile file, RejectReason reason, Field field, String what) {
        return new RejectedLineException(file, reason, field.name(), field.name() + ": " + what);
    }

    private static String quoted(String value) {
        String shown = value.length() > SHOWN_CHARACTERS ? value.substring(0, SHOWN_CHARACTERS) + "..." : value;
        return "'" + shown + "'";
    }
}
