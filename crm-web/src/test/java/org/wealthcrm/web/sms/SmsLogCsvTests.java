package org.wealthcrm.web.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SMS log CSV quotes each text cell and neutralises formulas the same way as the Excel exports. */
class SmsLogCsvTests {

    @Test
    void cellWhenTextStartsWithFormulaCharacterThenQuotedWithSingleQuote() {
        assertThat(SmsLogController.cell("=1+2")).isEqualTo("\"'=1+2\"");
        assertThat(SmsLogController.cell("@A1")).isEqualTo("\"'@A1\"");
        assertThat(SmsLogController.cell("\t-1")).isEqualTo("\"'\t-1\"");
    }

    @Test
    void cellWhenOrdinaryTextThenOnlyQuotedAndInnerQuotesDoubled() {
        assertThat(SmsLogController.cell("您好\"客户\"")).isEqualTo("\"您好\"\"客户\"\"\"");
        assertThat(SmsLogController.cell(null)).isEqualTo("");
    }
}
