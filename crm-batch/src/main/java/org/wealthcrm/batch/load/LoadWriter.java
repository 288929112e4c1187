package org.wealthcrm.batch.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.contract.extract.ExtractFile;

/**
 * Writes one checked chunk in one transaction: accepted lines to their table and to the staged file, rejected
 * lines to {@code load_reject} with file, line number and reason. Fails the step once the file's rejects pass
 * the configured limit.
 */
class LoadWriter implements ItemStreamWriter<LoadItem> {

    static final String ACCEPTED_KEY = "load.accepted";
    static final String REJECTED_KEY = "load.rejected";
    private static final String INSERT_REJECT = "insert into load_reject (biz_date, file_name, line_no, reason_code,"
            + " reason, raw_line) values (?, ?, ?, ?, ?, ?)";

    private final ExtractFile file;
    private final LocalDate businessDate;
    private final JdbcTemplate jdbc;
    private final Optional<TableLoad> table;
    private final String tableSql;
    private final FlatFileItemWriter<String> stagedWriter;
    private final long rejectLimit;
    private long accepted;
    private long rejected;

    LoadWriter(ExtractFile file, LocalDate businessDate, JdbcTemplate jdbc, SqlDialect dialect,
               FlatFileItemWriter<String> stagedWriter, long rejectLimit) {
        this.file = file;
        this.businessDate = businessDate;
        this.jdbc = jdbc;
        this.table = TableLoads.of(file);
        this.tableSql = table.map(t -> t.sql(dialect)).orElse(null);
        this.stagedWriter = stagedWriter;
        this.rejectLimit = rejectLimit;
    }

    @Override
    public void write(Chunk<? extends LoadItem> chunk) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> rejects = new ArrayList<>();
        Chunk<String> staged = new Chunk<>();
        for (LoadItem item : chunk) {
            if (item.isAccepted()) {
                table.ifPresent(t -> rows.add(t.parameters(file, item.fields(), businessDate)));
                staged.add(item.line().text());
            } else {
                rejects.add(new Object[] {businessDate, file.fileName(businessDate), item.line().lineNo(),
                        item.reasonCode(), truncate(item.reason(), 400), truncate(item.line().text(), 2000)});
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(tableSql, rows);
        }
        if (!rejects.isEmpty()) {
            jdbc.batchUpdate(INSERT_REJECT, rejects);
        }
        stagedWriter.write(staged);
        accepted += staged.size();
        rejected += rejects.size();
        if (rejected > rejectLimit) {
            throw new RejectLimitExceededException(file.fileName(businessDate), rejected, rejectLimit);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public void open(ExecutionContext context) {
        accepted = context.getLong(ACCEPTED_KEY, 0L);
        rejected = context.getLong(REJECTED_KEY, 0L);
        stagedWriter.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(ACCEPTED_KEY, accepted);
        context.putLong(REJECTED_KEY, rejected);
        stagedWriter.update(context);
    }

    @Override
    public void close() {
        stagedWriter.close();
    }
}
