package org.wealthcrm.web.audit;

import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Command line: verifies every chain, its archive (the directory of {@code crm.audit.archive-dir}, default
 * {@code audit-archive}) and its live rows, and prints one line per chain; exit status 0 when all verify, 1 otherwise.
 * Runs with the web app's classpath, e.g.
 * <pre>
 * java -cp crm-web.jar -Dloader.main=org.wealthcrm.web.audit.VerifyChains \
 *      org.springframework.boot.loader.launch.PropertiesLauncher \
 *      jdbc:postgresql://dbhost:5432/wealthcrm user password /var/lib/wealthcrm/audit-archive
 * </pre>
 */
public final class VerifyChains {

    private VerifyChains() {
    }

    public static void main(String[] args) {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: VerifyChains <jdbc-url> <user> <password> [archive-dir]");
            System.exit(2);
        }
        Path archive = Path.of(args.length == 4 ? args[3] : "audit-archive");
        System.exit(run(new DriverManagerDataSource(args[0], args[1], args[2]), archive));
    }

    /** Verifies and prints; the exit status. */
    static int run(javax.sql.DataSource dataSource, Path archive) {
        List<ChainReport> reports = new AuditChainVerifier(new JdbcTemplate(dataSource), new ChainArchive(archive))
                .verifyAll();
        reports.forEach(report -> System.out.println(report.summary()));
        return reports.stream().allMatch(ChainReport::ok) ? 0 : 1;
    }
}
