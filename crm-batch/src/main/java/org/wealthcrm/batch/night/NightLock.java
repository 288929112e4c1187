package org.wealthcrm.batch.night;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One runner per business date, across processes: the {@code nightly_lock} row is the lock. A lock left by a
 * process that died on this host (kill -9, power cut) is taken over; a live owner makes the second trigger fail
 * with a clear message.
 */
@Component
class NightLock {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String me;

    NightLock(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.me = ProcessHandle.current().pid() + "@" + hostName();
    }

    void acquire(LocalDate businessDate) {
        try {
            jdbc.update("insert into nightly_lock (biz_date, owner, acquired_at) values (?, ?, ?)",
                    businessDate, me, LocalDateTime.now(clock));
        } catch (DuplicateKeyException held) {
            takeOverFromDeadOwner(businessDate);
        }
    }

    private void takeOverFromDeadOwner(LocalDate businessDate) {
        List<String> owners = jdbc.queryForList("select owner from nightly_lock where biz_date = ?", String.class,
                businessDate);
        if (owners.isEmpty()) {
            acquire(businessDate);
            return;
        }
        String owner = owners.get(0);
        if (!deadOnThisHost(owner) || jdbc.update("update nightly_lock set owner = ?, acquired_at = ?"
                + " where biz_date = ? and owner = ?", me, LocalDateTime.now(clock), businessDate, owner) != 1) {
            throw new NightAlreadyRunningException("the night of " + businessDate + " is already running in process "
                    + owner + "; this trigger is refused");
        }
    }

    void release(LocalDate businessDate) {
        jdbc.update("delete from nightly_lock where biz_date = ? and owner = ?", businessDate, me);
    }

    private static boolean deadOnThisHost(String owner) {
        String[] parts = owner.split("@", 2);
        return parts.length == 2 && parts[1].equals(hostName())
                && ProcessHandle.of(Long.parseLong(parts[0])).map(p -> !p.isAlive()).orElse(true);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** A second trigger for a date whose night is running. */
    static class NightAlreadyRunningException extends IllegalStateException {
        NightAlreadyRunningException(String message) {
            super(message);
        }
    }
}
