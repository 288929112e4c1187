package org.wealthcrm.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
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

/** The Oracle variants of the quick search statements, on H2 in Oracle mode (see {@link OracleDialect}). */
class SearchMapperOracleTests {

    private static final DataScope RM001 = new DataScope(ScopeKind.OWN, "RM001", "R01", "/HO000/R01/", false);

    static SqlSessionFactory sessions;

    @BeforeAll
    static void load() throws IOException {
        sessions = OracleDialect.sessions("search_oracle", List.of("org/wealthcrm/web/scope/ScopeMapper.xml",
                "org/wealthcrm/web/search/SearchMapper.xml"));
        DatabasePopulatorUtils.execute(new ResourceDatabasePopulator(
                new ClassPathResource("workbench-oracle-schema.sql")),
                sessions.getConfiguration().getEnvironment().getDataSource());
    }

    @Test
    void searchWhenInitialsAndMobileTailThenRankedWithinScope() {
        try (SqlSession session = sessions.openSession()) {
            SearchMapper mapper = session.getMapper(SearchMapper.class);
            assertThat(mapper.search(RM001, SearchTerm.parse("zs"), 10)).extracting(SearchRows.Hit::custId,
                    SearchRows.Hit::score).containsExactly(tuple("C001", 80));
            assertThat(mapper.search(RM001, SearchTerm.parse("1111"), 1)).extracting(SearchRows.Hit::custId)
                    .containsExactly("C001");
            assertThat(mapper.findWithoutInitials(5)).extracting(SearchRows.Named::custId).containsExactly("C003");
        }
    }
}
