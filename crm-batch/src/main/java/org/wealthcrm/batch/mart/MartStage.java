package org.wealthcrm.batch.mart;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.wealthcrm.batch.progress.WorkProgress;

/**
 * Puts the analytics output into {@code customer_metrics_stage}, in the caller's transaction: on PostgreSQL with
 * COPY (pgJDBC's CopyManager, the file streamed as it is), on Oracle with array inserts of 5,000 rows into the
 * global temporary table. The file is not parsed into Java objects on PostgreSQL at all.
 */
@Component
class MartStage {

    static final String TABLE = "customer_metrics_stage";
    private static final int BATCH = 5000;

    private final JdbcTemplate jdbc;

    MartStage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stages the rows of {@code csv} (header {@code columns}); returns how many. */
    long stage(Path csv, List<String> columns, WorkProgress progress) throws IOException {
        boolean postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) con ->
                con.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
        jdbc.update(postgres ? "truncate " + TABLE : "delete from " + TABLE);
        return postgres ? copy(csv, columns, progress) : insert(csv, columns, progress);
    }

    private long copy(Path csv, List<String> columns, WorkProgress progress) throws IOException {
        String sql = "copy " + TABLE + " (" + String.join(", ", columns) + ") from stdin with (format csv, header true)";
        try (Reader in = new RowCounting(Files.newBufferedReader(csv, StandardCharsets.UTF_8), progress)) {
            return jdbc.execute((ConnectionCallback<Long>) con -> {
                try {
                    return con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private long insert(Path csv, List<String> columns, WorkProgress progress) throws IOException {
        String sql = "insert into " + TABLE + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long staged = 0;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.readLine();
            List<Object[]> batch = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                batch.add(Arrays.stream(line.split(",", -1)).map(v -> v.isEmpty() ? null : v).toArray());
                if (batch.size() == BATCH) {
                    jdbc.batchUpdate(sql, batch);
                    staged += batch.size();
                    progress.add(batch.size());
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                jdbc.batchUpdate(sql, batch);
                staged += batch.size();
                progress.add(batch.size());
            }
        }
        return staged;
    }

    /** Counts the data rows (lines after the header) as COPY reads them, for the step's progress line. */
    private static final class RowCounting extends FilterReader {
        private final WorkProgress progress;
        private boolean headerSeen;

        RowCounting(Reader in, WorkProgress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            long rows = 0;
            for (int i = offset; i < offset + Math.max(read, 0); i++) {
                if (buffer[i] == '\n') {
                    if (headerSeen) {
                        rows++;
                    }
                    headerSeen = true;
                }
            }
            progress.add(rows);
            return read;
        }
    }
}
