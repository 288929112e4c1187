package org.wealthcrm.web.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.web.OracleDialect;

/** The Oracle variants of the SMS statements (sequence, paging), on the Oracle migrations in H2's Oracle mode. */
class SmsMapperOracleTests {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 10, 0);
    private static final LocalDateTime EXPIRED = NOW.minusMinutes(5);

    static SqlSessionFactory sessions;

    @BeforeAll
    static void load() throws IOException {
        sessions = OracleDialect.migratedSessions("sms_oracle", List.of("org/wealthcrm/web/scope/ScopeMapper.xml",
                "org/wealthcrm/web/sms/SmsMapper.xml"));
        JdbcTemplate jdbc = new JdbcTemplate(sessions.getConfiguration().getEnvironment().getDataSource());
        outbox(jdbc, 1, "QUEUED", NOW.minusMinutes(1), null);
        outbox(jdbc, 2, "QUEUED", NOW.plusMinutes(1), null);
        outbox(jdbc, 3, "CLAIMED", NOW.minusMinutes(30), NOW.minusMinutes(10));
        outbox(jdbc, 4, "CLAIMED", NOW.minusMinutes(30), NOW.minusMinutes(1));
        outbox(jdbc, 5, "QUEUED", NOW.minusMinutes(30), null);
    }

    private static void outbox(JdbcTemplate jdbc, long msgId, String status, LocalDateTime notBefore,
                               LocalDateTime claimedAt) {
        jdbc.update("insert into sms_outbox (msg_id, status, kind, not_before, claimed_by, claimed_at)"
                + " values (?, ?, 'SERVICE', ?, ?, ?)", msgId, status, notBefore,
                claimedAt == null ? null : "worker-1", claimedAt);
    }

    @Test
    void nextIdWhenAskedTwiceThenSequenceCountsFromOne() {
        try (SqlSession session = sessions.openSession()) {
            SmsMapper mapper = session.getMapper(SmsMapper.class);
            assertThat(List.of(mapper.nextId(), mapper.nextId())).containsExactly(1L, 2L);
        }
    }

    @Test
    void findDueWhenQueuedOrStaleClaimsThenOldestFirstUpToTheLimit() {
        try (SqlSession session = sessions.openSession()) {
            SmsMapper mapper = session.getMapper(SmsMapper.class);
            assertThat(mapper.findDue(NOW, EXPIRED, 10)).containsExactly(3L, 5L, 1L);
            assertThat(mapper.findDue(NOW, EXPIRED, 2)).containsExactly(3L, 5L);
        }
    }
}
