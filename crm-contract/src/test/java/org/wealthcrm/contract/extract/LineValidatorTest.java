package org.wealthcrm.contract.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LineValidatorTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 20);
    private static final String CUSTOMER = "C0000000001|王伟|01|11010519491231002X|M|19491231|13812345678|20100105"
        + "|SB010101|A|1000|C3|20250101|Y|浙江省|杭州市";
    private static final String BALANCE = "20261120|6222000000000101|CNY|1234.56|1234.56";
    private static final String TXN = "TX20261120000000001|6222000000000101|C0000000001|20261120093015|D|12.50|CNY"
        + "|12.50|POS|4002||超市消费";

    private final LineValidator validator = new LineValidator(DATE);

    @Test
    void validateWhenLineIsGoodThenFieldsIncludingTrailingEmptyOnes() {
        String line = "C0000000001|王伟|01|11010519491231002X|M|19491231||20100105|SB010101|A||||Y|浙江省|";
        String[] fields = validator.validate(ExtractFile.CBS_CUSTOMER, line);
        assertThat(fields).hasSize(16);
        assertThat(fields[0]).isEqualTo("C0000000001");
        assertThat(fields[6]).isEmpty();
        assertThat(fields[15]).isEmpty();
        assertThat(fields).containsExactly(line.split("\\|", -1));
    }

    @Test
    void validateWhenOneFieldShortThenFieldCount() {
        RejectedLineException e = reject(ExtractFile.CBS_CUSTOMER, CUSTOMER.substring(0, CUSTOMER.lastIndexOf('|')));
        assertThat(e.reason()).isEqualTo(RejectReason.FIELD_COUNT);
        assertThat(e.reasonCode()).isEqualTo("FIELD_COUNT");
        assertThat(e).hasMessage("wrong field count: expected 16, got 15");
        assertThat(e.field()).isNull();
    }

    @Test
    void validateWhenMonthThirteenThenBadDate() {
        RejectedLineException e = reject(ExtractFile.CBS_CUSTOMER, CUSTOMER.replace("|19491231|", "|20261301|"));
        assertThat(e.reason()).isEqualTo(RejectReason.BAD_DATE);
        assertThat(e).hasMessage("birth_date: malformed date '20261301'");
        assertThat(e.field()).isEqualTo("birth_date");
    }

    @Test
    void validateWhenDecimalCommaThenBadAmount() {
        RejectedLineException e = reject(ExtractFile.CBS_BALANCE, "20261120|6222000000000101|CNY|12,5|12.50");
        assertThat(e.reason()).isEqualTo(RejectReason.BAD_AMOUNT);
        assertThat(e).hasMessage("balance: malformed amount '12,5'");
    }

    @Test
    void validateWhenNegativeBalanceThenAccepted() {
        assertThat(validator.validate(ExtractFile.CBS_BALANCE, "20261120|6222000000000101|CNY|-5.00|-5.00"))
            .contains("-5.00");
    }

    @Test
    void validateWhenNegativeTxnAmountThenBadAmount() {
        RejectedLineException e = reject(ExtractFile.CBS_TXN, TXN.replace("|D|12.50|", "|D|-12.50|"));
        assertThat(e.reason()).isEqualTo(RejectReason.BAD_AMOUNT);
        assertThat(e).hasMessage("amount: must be positive, got '-12.50'");
    }

    @Test
    void validateWhenAccountTypeXxThenUnknownCode() {
        RejectedLineException e = reject(ExtractFile.CBS_ACCOUNT,
            "6222000000000101|C0000000001|XX|DDSAV|CNY|20100105|||A|SB010101");
        assertThat(e.reason()).isEqualTo(RejectReason.UNKNOWN_CODE);
        assertThat(e).hasMessage("acct_type: unknown code 'XX'");
    }

    @Test
    void validateWhenNameHas61CharactersThenTooLong() {
        String sixty = "张".repeat(60);
        assertThat(validator.validate(ExtractFile.CBS_CUSTOMER, CUSTOMER.replace("王伟", sixty))[1]).isEqualTo(sixty);
        RejectedLineException e = reject(ExtractFile.CBS_CUSTOMER, CUSTOMER.replace("王伟", sixty + "张"));
        assertThat(e.reason()).isEqualTo(RejectReason.TOO_LONG);
        assertThat(e).hasMessage("cust_name: longer than 60 characters");
    }

    @Test
    void validateWhenCustomerIdEmptyThenMissingValue() {
        RejectedLineException e = reject(ExtractFile.CBS_CUSTOMER, CUSTOMER.substring(CUSTOMER.indexOf('|')));
        assertThat(e.reason()).isEqualTo(RejectReason.MISSING_VALUE);
        assertThat(e).hasMessage("cust_id: missing value");
    }

    @Test
    void validateWhenResidentIdCheckDigitWrongThenBadIdNumber() {
        RejectedLineException e = reject(ExtractFile.CBS_CUSTOMER, CUSTOMER.replace("002X|", "0021|"));
        assertThat(e.reason()).isEqualTo(RejectReason.BAD_ID_NUMBER);
        assertThat(e).hasMessage("id_no: bad GB 11643 check digit");
    }

    @Test
    void validateWhenPassportNumberThenNoCheckDigitRule() {
        String passport = CUSTOMER.replace("|01|11010519491231002X|", "|02|110105194912310021|");
        assertThat(validator.validate(ExtractFile.CBS_CUSTOMER, passport)[3]).isEqualTo("110105194912310021");
    }

    @Test
    void validateWhenMobileHasTenDigitsThenBadMobile() {
        RejectedLineException e = reject(ExtractFile.CBS_CUSTOMER, CUSTOMER.replace("13812345678", "1381234567"));
        assertThat(e.reason()).isEqualTo(RejectReason.BAD_MOBILE);
        assertThat(e).hasMessage("mobile: mainland mobile number must have 11 digits '1381234567'");
        assertThat(reject(ExtractFile.CBS_CUSTOMER, CUSTOMER.replace("13812345678", "none")).reason())
            .isEqualTo(RejectReason.BAD_MOBILE);
    }

    @Test
    void validateWhenInternationalMobileThenAccepted() {
        String line = CUSTOMER.replace("13812345678", "+852 9123 4567");
        assertThat(validator.validate(ExtractFile.CBS_CUSTOMER, line)[6]).isEqualTo("+852 9123 4567");
    }

    @Test
    void validateWhenBalanceOfPreviousDayThenWrongDate() {
        RejectedLineException e = reject(ExtractFile.CBS_BALANCE, BALANCE.replace("20261120|", "20261119|"));
        assertThat(e.reason()).isEqualTo(RejectReason.WRONG_DATE);
        assertThat(e).hasMessage("bal_date: 20261119 is not the business date 20261120");
    }

    @Test
    void validateWhenTxnTimeOnAnotherDayThenWrongDate() {
        RejectedLineException e = reject(ExtractFile.CBS_TXN, TXN.replace("|20261120093015|", "|20261121000001|"));
        assertThat(e.reason()).isEqualTo(RejectReason.WRONG_DATE);
        assertThat(e).hasMessage("txn_time: 20261121 is not the business date 20261120");
    }

    @Test
    void validateWhenHourIs25ThenBadDate() {
        RejectedLineException e = reject(ExtractFile.CBS_TXN, TXN.replace("|20261120093015|", "|20261120253015|"));
        assertThat(e.reason()).isEqualTo(RejectReason.BAD_DATE);
        assertThat(e).hasMessage("txn_time: malformed timestamp '20261120253015'");
    }

    @Test
    void validateWhenFundCodeHasFiveDigitsThenBadFormat() {
        RejectedLineException e = reject(ExtractFile.TA_NAV, "20261120|21000|1.0000|1.0000");
        assertThat(e.reason()).isEqualTo(RejectReason.BAD_FORMAT);
        assertThat(e).hasMessage("fund_code: expected 6 digits, got '21000'");
    }

    @Test
    void validateWhenNavHasTwoDecimalsThenBadAmount() {
        RejectedLineException e = reject(ExtractFile.TA_NAV, "20261120|210001|1.00|1.0000");
        assertThat(e).hasMessage("nav: malformed number '1.00'");
    }

    @Test
    void validateWhenOrgLevelFiveThenUnknownCode() {
        RejectedLineException e = reject(ExtractFile.HR_ORG, "SB010101|西湖支行|5|BR0101");
        assertThat(e.reason()).isEqualTo(RejectReason.UNKNOWN_CODE);
        assertThat(e).hasMessage("org_level: unknown code '5'");
        assertThat(validator.validate(ExtractFile.HR_ORG, "HO000|总行|1|")).hasSize(4);
    }

    @Test
    void validateWhenCurrencyLowerCaseThenUnknownCode() {
        RejectedLineException e = reject(ExtractFile.CBS_BALANCE, BALANCE.replace("|CNY|", "|cny|"));
        assertThat(e.reason()).isEqualTo(RejectReason.UNKNOWN_CODE);
    }

    @Test
    void validateWhenLineEndsWithCarriageReturnThenBadFormat() {
        RejectedLineException e = reject(ExtractFile.CBS_BALANCE, BALANCE + "\r");
        assertThat(e.reason()).isEqualTo(RejectReason.BAD_FORMAT);
    }

    @Test
    void staticValidateWhenBusinessDateChangesThenUsesTheNewDate() {
        assertThat(LineValidator.validate(ExtractFile.CBS_BALANCE, BALANCE, DATE)).hasSize(5);
        RejectedLineException e = catchThrowableOfType(
            () -> LineValidator.validate(ExtractFile.CBS_BALANCE, BALANCE, DATE.plusDays(1)),
            RejectedLineException.class);
        assertThat(e.reason()).isEqualTo(RejectReason.WRONG_DATE);
    }

    private RejectedLineException reject(ExtractFile file, String line) {
        RejectedLineException e = catchThrowableOfType(() -> validator.validate(file, line),
            RejectedLineException.class);
        assertThat(e).as("expected a rejection of " + line).isNotNull();
        assertThat(e.file()).isEqualTo(file);
        return e;
    }
}
