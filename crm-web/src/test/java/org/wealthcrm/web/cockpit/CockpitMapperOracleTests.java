package org.wealthcrm.web.cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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

/** The cockpit statements read with databaseId "oracle", on H2 in Oracle mode (see {@link OracleDialect}). */
class CockpitMapperOracleTests {

    private static final DataScope ALL = new DataScope(ScopeKind.ALL, "HQ001", "HO000", "/HO000/", false);

    static SqlSessionFactory sessions;

    @BeforeAll
    static void load() throws IOException {
        sessions = OracleDialect.sessions("cockpit_oracle", List.of("org/wealthcrm/web/scope/ScopeMapper.xml",
                "org/wealthcrm/web/cockpit/CockpitMapper.xml"));
    }

    @Test
    void trendWhenLimitedToTwoDatesThenNewestTwoTotals() {
        try (SqlSession session = sessions.openSession()) {
            assertThat(session.getMapper(CockpitMapper.class).trend(ALL, Fixture.LATEST, null, 2))
                    .extracting(CockpitRows.TrendPoint::bizDate, point -> point.aum().setScale(2).toPlainString())
                    .containsExactly(tuple(Fixture.LATEST, "600.00"), tuple(Fixture.PREVIOUS, "250.00"));
        }
    }

    @Test
    void byChildOrgWhenHeadOfficeThenRegionsWithTheirSums() {
        try (SqlSession session = sessions.openSession()) {
            assertThat(session.getMapper(CockpitMapper.class).byChildOrg(ALL, Fixture.LATEST, "/HO000/", "HO000"))
                    .extracting(CockpitRows.Slice::code, CockpitRows.Slice::customers)
                    .containsExactly(tuple("R01", 2L), tuple("R02", 1L));
        }
    }
}
