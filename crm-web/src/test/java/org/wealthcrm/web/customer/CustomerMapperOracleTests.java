package org.wealthcrm.web.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wealthcrm.web.Fixture;
import org.wealthcrm.web.OracleDialect;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.ScopeKind;

/** The Oracle variants of the customer statements, on H2 in Oracle mode (see {@link OracleDialect}). */
class CustomerMapperOracleTests {

    private static final DataScope ALL = new DataScope(ScopeKind.ALL, "HQ001", "HO000", "/HO000/", false);
    private static final DataScope RM001 = new DataScope(ScopeKind.OWN, "RM001", "R01", "/HO000/R01/", false);

    static SqlSessionFactory sessions;

    @BeforeAll
    static void load() throws IOException {
        sessions = OracleDialect.sessions("customer_oracle", List.of("org/wealthcrm/web/scope/ScopeMapper.xml",
                "org/wealthcrm/web/customer/CustomerMapper.xml"));
    }

    @Test
    void loadWhenH2ThenOracleDatabaseId() {
        assertThat(sessions.getConfiguration().getDatabaseId()).isEqualTo("oracle");
    }

    @Test
    void findCustomersWhenSecondPageOfTenThenOffsetFetchPaging() {
        try (SqlSession session = sessions.openSession()) {
            CustomerMapper mapper = session.getMapper(CustomerMapper.class);
            CustomerQuery byAumAsc = CustomerQuery.of(Fixture.LATEST, null, "aum", "asc", 10, 1);
            assertThat(mapper.findCustomers(ALL, byAumAsc, 0)).extracting(CustomerRow::custId)
                    .containsExactly("C003", "C002", "C001");
            assertThat(mapper.findCustomers(ALL, byAumAsc, 2)).extracting(CustomerRow::custId)
                    .containsExactly("C001");
            assertThat(mapper.countCustomers(RM001, byAumAsc)).isEqualTo(2);
        }
    }

    @Test
    void findAumTrendWhenTwoOfThreeDatesAskedThenNewestTwo() {
        try (SqlSession session = sessions.openSession()) {
            List<Holdings.AumPoint> points = session.getMapper(CustomerMapper.class)
                    .findAumTrend(RM001, "C001", Fixture.LATEST, 2);
            assertThat(points).extracting(Holdings.AumPoint::bizDate).containsExactly(Fixture.LATEST, Fixture.PREVIOUS);
        }
    }
}
