package org.wealthcrm.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.Fixture;

/** The password rules: at least 12 characters, not containing the user name, none of the last 5 passwords. */
@CrmWebTest
class PasswordPolicyTests {

    @Autowired
    PasswordPolicy policy;
    @Autowired
    Passwords passwords;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void violationsWhenElevenCharactersThenOnlyTheLengthRule() {
        assertThat(policy.violations("rm1", "Abcdefgh123")).containsExactly("密码至少 12 位");
        assertThat(policy.violations("rm1", null)).containsExactly("密码至少 12 位");
    }

    @Test
    void violationsWhenTwelveCharactersAndNewThenNone() {
        assertThat(policy.violations("rm1", "Abcdefgh1234")).isEmpty();
    }

    @Test
    void violationsWhenContainingTheUserNameInAnyCaseThenTheUserNameRule() {
        assertThat(policy.violations("rm1", "xxRM1yyyy2026!")).containsExactly("密码不能包含用户名");
    }

    @Test
    void violationsWhenTheCurrentPasswordAgainThenTheHistoryRule() {
        assertThat(policy.violations("rm1", Fixture.PASSWORD)).containsExactly("密码至少 12 位");
        TestUsers.insert(jdbc, "hist0", false);
        jdbc.update("update app_user set password_hash = ? where username = 'hist0'",
                "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                        .encode("Current-pass-2026"));
        assertThat(policy.violations("hist0", "Current-pass-2026"))
                .containsExactly("新密码不能与最近 5 次使用的密码相同");
    }

    @Test
    void changeWhenOneOfTheLastFiveThenRefusedAndWhenSixthBackThenAccepted() {
        TestUsers.insert(jdbc, "hist1", false);
        String current = Fixture.PASSWORD;
        for (int i = 1; i <= 5; i++) {
            passwords.change("hist1", current, "Spring-pass-0" + i, "Spring-pass-0" + i);
            current = "Spring-pass-0" + i;
        }
        String last = current;
        assertThatThrownBy(() -> passwords.change("hist1", last, "Spring-pass-01", "Spring-pass-01"))
                .isInstanceOf(PasswordRefused.class).hasMessage("新密码不能与最近 5 次使用的密码相同");

        passwords.change("hist1", last, "Spring-pass-06", "Spring-pass-06");
        passwords.change("hist1", "Spring-pass-06", "Spring-pass-01", "Spring-pass-01");

        assertThat(jdbc.queryForObject("select count(*) from password_history where username = 'hist1'",
                Integer.class)).isEqualTo(7);
    }

    @Test
    void changeWhenNameInsideOrCurrentWrongOrConfirmationDiffersThenRefusedWithTheReason() {
        TestUsers.insert(jdbc, "hist2", false);
        assertThatThrownBy(() -> passwords.change("hist2", Fixture.PASSWORD, "hist2-but-long", "hist2-but-long"))
                .hasMessage("密码不能包含用户名");
        assertThatThrownBy(() -> passwords.change("hist2", "wrong", "Long-enough-2026", "Long-enough-2026"))
                .hasMessage("当前密码不正确");
        assertThatThrownBy(() -> passwords.change("hist2", Fixture.PASSWORD, "Long-enough-2026", "Long-enough-2027"))
                .hasMessage("两次输入的新密码不一致");
    }
}
