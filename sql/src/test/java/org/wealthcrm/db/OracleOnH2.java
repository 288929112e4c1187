package org.wealthcrm.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every Oracle migration (V1…latest) run on H2 in Oracle mode, statement by statement, so the Oracle
 * schema is checked without an Oracle server. A statement H2 refuses is kept as a {@link Refusal} with H2's error
 * code; Spring Batch's tables (V2) are refused for Oracle's storage clause {@code SEGMENT CREATION IMMEDIATE} and are
 * run again without it, which must succeed. What H2 refuses is asserted exactly in {@code MigrationsTest}.
 */
public final class OracleOnH2 {

    private static final String FOLDER = "db/migration/oracle/";
    private static final Pattern STORAGE_CLAUSE = Pattern.compile("(?i)\\s*SEGMENT CREATION IMMEDIATE\\s*$");
    private static final Pattern BLOCK_START = Pattern.compile("(?i)create\\s+(or\\s+replace\\s+)?trigger\\b.*");

    /** A statement H2 cannot run: migration file, the statement's first line, H2's error code, re-run as what. */
    public record Refusal(String file, String firstLine, int errorCode, boolean rerunWithoutStorageClause) {
    }

    private static final List<Connection> KEPT_OPEN = new CopyOnWriteArrayList<>();

    private OracleOnH2() {
    }

    /**
     * A fresh in-memory H2 in Oracle mode with the Oracle schema; the statements H2 refused are left out. The
     * connection that ran the migrations stays open: H2 (2.4) binds an {@code in (…)} CHECK constraint to the session
     * that created it, and once that session is closed every insert fails with "Check constraint invalid" (23514).
     */
    public static DataSource schema(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";MODE=Oracle;DB_CLOSE_DELAY=-1");
        try {
            Connection connection = h2.getConnection();
            KEPT_OPEN.add(connection);
            migrate(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return h2;
    }

    /** Runs every Oracle migration on the data source and returns what H2 refused, in order. */
    public static List<Refusal> migrate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return migrate(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Refusal> migrate(Connection connection) throws SQLException {
        List<Refusal> refused = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String file : files()) {
                for (String sql : statements(read(file))) {
                    run(statement, file, sql, refused);
                }
            }
        }
        return refused;
    }

    /** The migration files in version order; the versions run from 1 without a gap. */
    public static List<String> files() {
        List<String> files = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER
                    + "V*__*.sql")) {
                files.add(resource.getFilename());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparingInt(OracleOnH2::version));
        for (int i = 0; i < files.size(); i++) {
            if (version(files.get(i)) != i + 1) {
                throw new IllegalStateException("Oracle migrations not numbered 1…n: " + files);
            }
        }
        return files;
    }

    private static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }

    /**
     * A script cut into statements: each ends with {@code ;} at the end of a line, a trigger (PL/SQL) ends with a
     * line holding only {@code /}; comment lines between statements are dropped.
     */
    public static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean block = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            boolean comment = trimmed.startsWith("--");
            if (current.isEmpty() && (trimmed.isEmpty() || comment)) {
                continue;
            }
            if (current.isEmpty()) {
                block = BLOCK_START.matcher(trimmed).matches();
            }
            if (block && trimmed.equals("/")) {
                statements.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(line).append('\n');
            if (!block && !comment && trimmed.endsWith(";")) {
                String text = current.toString().strip();
                statements.add(text.substring(0, text.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("statement without an end: " + current);
        }
        return statements;
    }

    private static void run(Statement statement, String file, String sql, List<Refusal> refused)
            throws SQLException {
        try {
            statement.execute(sql);
        } catch (SQLException refusal) {
            boolean storage = STORAGE_CLAUSE.matcher(sql).find();
            refused.add(new Refusal(file, sql.lines().findFirst().orElse("").strip(), refusal.getErrorCode(),
                    storage));
            if (storage) {
                statement.execute(STORAGE_CLAUSE.matcher(sql).replaceFirst(""));
            }
        }
    }

    private static String read(String file) {
        try (InputStream in = OracleOnH2.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("not on the class path: " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
