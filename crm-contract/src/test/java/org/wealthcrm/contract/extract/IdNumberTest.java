package org.wealthcrm.contract.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdNumberTest {

    @Test
    void isValidWhenStandardExampleEndsInXThenTrue() {
        // 1*7+1*9+0*10+1*5+0*8+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0*8+0*4+2*2 = 167; 167 mod 11 = 2 -> 'X'
        assertThat(IdNumber.isValid("11010519491231002X")).isTrue();
        assertThat(IdNumber.checkDigit("11010519491231002")).isEqualTo('X');
    }

    @Test
    void checkDigitWhenSumIsEightModElevenThenFour() {
        // 4*7+4*9+0+5*5+2*8+4*4+1*2+8*1+8*6+0+0+1*9+0+1*5+0+0+1*2 = 195; 195 mod 11 = 8 -> '4'
        assertThat(IdNumber.checkDigit("44052418800101001")).isEqualTo('4');
        assertThat(IdNumber.isValid("440524188001010014")).isTrue();
    }

    @Test
    void isValidWhenCheckDigitIsWrongThenFalse() {
        assertThat(IdNumber.isValid("110105194912310021")).isFalse();
        assertThat(IdNumber.problem("110105194912310021")).isEqualTo("bad GB 11643 check digit");
    }

    @Test
    void isValidWhenLowerCaseXThenFalse() {
        assertThat(IdNumber.isValid("11010519491231002x")).isFalse();
    }

    @Test
    void isValidWhenLengthOrCharactersAreWrongThenFalse() {
        assertThat(IdNumber.isValid("11010519491231002")).isFalse();
        assertThat(IdNumber.isValid("1101051949123100X2")).isFalse();
        assertThat(IdNumber.isValid(null)).isFalse();
        assertThat(IdNumber.problem("1101051949123100")).isEqualTo("resident ID must have 18 characters");
    }

    @Test
    void isValidWhenBirthDateIsNotACalendarDateThenFalse() {
        // 19490231: February 31st; the check digit 7 is right for these 17 digits
        String first17 = "11010519490231002";
        String idNo = first17 + IdNumber.checkDigit(first17);
        assertThat(IdNumber.isValid(idNo)).isFalse();
        assertThat(IdNumber.problem(idNo)).isEqualTo("birth date part '19490231' is not a date");
    }

    @Test
    void checkDigitWhenNotDigitsThenIllegalArgument() {
        assertThatThrownBy(() -> IdNumber.checkDigit("1101051949123100A"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 17");
    }
}
