package org.wealthcrm.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameInitialsTest {

    @Test
    void ofWhenChineseNameThenFirstLetterOfEachSyllable() {
        assertThat(NameInitials.of("张三")).isEqualTo("zs");
        assertThat(NameInitials.of("张小明")).isEqualTo("zxm");
        assertThat(NameInitials.of("吕布")).isEqualTo("lb");
    }

    @Test
    void ofWhenMixedNameThenLatinKeptLowerCaseAndPunctuationDropped() {
        assertThat(NameInitials.of("阿依古丽·Tom 2号")).isEqualTo("aygltom2h");
        assertThat(NameInitials.of(null)).isNull();
    }
}
