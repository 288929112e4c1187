package org.wealthcrm.web.audit;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Command line: verifies every chain and prints one line per chain; exit status 0 when all verify, 1 otherwise.
 * Runs with the web app's classpath, e.g.
 * <pre>
 * java -cp crm-web.jar -Dloader.main=org.wealthcrm.web.audit.VerifyChains \
 *      org.springframework.boot.loader.launch.PropertiesLauncher jdbc:postgresql://dbhost:5432/wealthcrm user password
 * </pre>
 */
public final class VerifyChains {

    private VerifyChains() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: VerifyChains <jdbc-url> <user> <password>");
            System.exit(2);
        }
        System.exit(run(new DriverManagerDataSource(args[0], args[1], args[2])));
    }

    /** Verifies and prints; the exit status. */
    static int run(javax.sql.DataSource dataSource) {
        List<ChainReport> reports = new AuditChainVerifier(new JdbcTemplate(dataSource)).verifyAll();
        reports.forEach(report -> System.out.println(report.summary()));
        return reports.stream().allMatch(ChainReport::ok) ? 0 : 1;
    }
}
