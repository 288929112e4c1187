package org.wealthcrm.web.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wealthcrm.web.Fixture.LATEST;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.DataScopes;
import org.wealthcrm.web.scope.OutOfScopeException;

@CrmWebTest
@Transactional
class OwnershipTests {

    @Autowired
    Ownership ownership;

    @Autowired
    DataScopes scopes;

    @Autowired
    JdbcTemplate jdbc;

    private DataScope scope(String username, String role) {
        return scopes.forUser(username, List.of("ROLE_" + role));
    }

    private List<String> managers(String custId) {
        return jdbc.queryForList("select staff_id || ':' || rel_type || ':' || share_pct from customer_manager"
                + " where cust_id = ? order by rel_type desc, staff_id", String.class, custId);
    }

    @Test
    void transferAllWhenRmLeavesThenEveryMainCustomerMovesAndAssistingShareMerges() {
        int moved = ownership.transferAll(scope("bm1", "BRANCH_MANAGER"), "RM001", "RM002", "离职移交", LATEST);

        assertThat(moved).isEqualTo(2);
        assertThat(managers("C001")).containsExactly("RM002:M:100.00");
        assertThat(managers("C002")).containsExactly("RM002:M:100.00");
        assertThat(jdbc.queryForList("select cust_id || ':' || from_staff || '>' || to_staff from customer_move"
                + " where move_type = 'TRANSFER' order by cust_id", String.class))
                .containsExactly("C001:RM001>RM002", "C002:RM001>RM002");
        assertThat(jdbc.queryForObject("select count(*) from data_change_log where table_name = 'customer_manager'"
                + " and field_name = 'main_manager' and old_value = 'RM001' and new_value = 'RM002'", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void transferWhenRelationshipManagerThenRefused() {
        assertThatThrownBy(() -> ownership.transfer(scope("rm1", "RM"), List.of("C001"), "RM002", null, LATEST))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(managers("C001")).containsExactly("RM001:M:100.00");
    }

    @Test
    void transferWhenOneCustomerOutsideScopeThenNothingMoves() {
        assertThatThrownBy(() -> ownership.transfer(scope("bm1", "BRANCH_MANAGER"), List.of("C001", "C006"),
                "RM002", null, LATEST)).isInstanceOf(OutOfScopeException.class);
        assertThat(managers("C001")).containsExactly("RM001:M:100.00");
    }

    @Test
    void setSharesWhenTotalIsHundredThenAssistingManagersReplaced() {
        ownership.setShares(scope("rm1", "RM"), "C002", new Shares(new Share("RM001", new BigDecimal("60")),
                List.of(new Share("RM002", new BigDecimal("25.5")), new Share("RM003", new BigDecimal("14.5")))),
                LATEST);
        assertThat(managers("C002")).containsExactly("RM001:M:60.00", "RM002:A:25.50", "RM003:A:14.50");
        assertThat(jdbc.queryForList("select record_key || ':' || coalesce(old_value, '-') || '>' || new_value"
                + " from data_change_log where field_name = 'share_pct' order by record_key", String.class))
                .containsExactly("C002/RM001:70>60", "C002/RM002:30>25.5", "C002/RM003:->14.5");
    }

    @Test
    void newSharesWhenTotalIsNotHundredThenRefused() {
        assertThatThrownBy(() -> new Shares(new Share("RM001", new BigDecimal("70")),
                List.of(new Share("RM002", new BigDecimal("20")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("分成比例合计须为100%，当前为90%");
        assertThatThrownBy(() -> new Shares(new Share("RM001", new BigDecimal("50")),
                List.of(new Share("RM001", new BigDecimal("50"))))).hasMessage("客户经理 RM001 重复");
    }

    @Test
    void setSharesWhenAssistingRmTriesThenRefused() {
        Shares shares = new Shares(new Share("RM001", new BigDecimal("50")),
                List.of(new Share("RM002", new BigDecimal("50"))));
        assertThatThrownBy(() -> ownership.setShares(scope("rm2", "RM"), "C002", shares, LATEST))
                .isInstanceOf(OutOfScopeException.class);
    }
}
