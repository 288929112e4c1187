package org.wealthcrm.web.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.wealthcrm.web.OracleDialect;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.ScopeKind;

/** The opportunity statements read as Oracle SQL, on H2 in Oracle mode (see {@link OracleDialect}). */
class OpportunityMapperOracleTests {

    private static final DataScope RM001 = new DataScope(ScopeKind.OWN, "RM001", "R01", "/HO000/R01/", false);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static SqlSessionFactory sessions;

    @BeforeAll
    static void load() throws IOException {
        sessions = OracleDialect.sessions("opportunity_oracle", List.of("org/wealthcrm/web/scope/ScopeMapper.xml",
                "org/wealthcrm/web/opportunity/OpportunityMapper.xml"));
        DatabasePopulatorUtils.execute(new ResourceDatabasePopulator(
                new ClassPathResource("opportunity-oracle-schema.sql")),
                sessions.getConfiguration().getEnvironment().getDataSource());
    }

    @Test
    void findPageWhenSortedByAmountThenScopedRowsPagedWithDaysInStage() {
        try (SqlSession session = sessions.openSession()) {
            OpportunityMapper mapper = session.getMapper(OpportunityMapper.class);
            OpportunityQuery query = new OpportunityQuery(null, OpportunitySort.AMOUNT, true, 1, TODAY);

            List<OpportunityRow> rows = mapper.findPage(RM001, query);

            // C003's opportunity is outside RM001's scope; 300,000 > 100,000 > 50,000
            assertThat(rows).extracting(OpportunityRow::oppId).containsExactly(2L, 1L, 4L);
            // stage since 2026-11-10, today 2026-11-20: 10 days
            assertThat(rows.get(1).daysInStage()).isEqualTo(10);
            // amount 450,000; weighted 300,000 x 10 % + 100,000 x 50 % + 50,000 x 100 % = 130,000
            Totals totals = mapper.findTotals(RM001, query);
            assertThat(totals.amount()).isEqualByComparingTo("450000");
            assertThat(totals.weighted()).isEqualByComparingTo("130000");
        }
    }

    @Test
    void findFundPurchaseWhenConfirmationsAfterWinThenFirstOne() {
        try (SqlSession session = sessions.openSession()) {
            OpportunityMapper mapper = session.getMapper(OpportunityMapper.class);
            OpportunityMapper.PurchaseLink link = mapper.findFundPurchase(new OpportunityMapper.WonOpportunity(
                    4, "C001", "FUND", "000001", LocalDate.of(2026, 11, 19)));

            assertThat(link.ref()).isEqualTo("F1");
            assertThat(link.amount()).isEqualByComparingTo(new BigDecimal("79000.00"));
        }
    }
}
