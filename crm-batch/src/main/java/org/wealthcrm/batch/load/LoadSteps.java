package org.wealthcrm.batch.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemWriterBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.wealthcrm.batch.progress.RunProgress;
import org.wealthcrm.contract.extract.ExtractFile;

/**
 * Builds the restartable chunk step that loads one extract file of one business date: read numbered lines,
 * check each, write accepted and rejected lines in the same transaction. A killed run restarts after the last
 * committed chunk: the reader skips what was read, the staged file is cut back to what was committed.
 */
@Component
public class LoadSteps {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final JdbcTemplate jdbc;
    private final SqlDialect dialect;
    private final StagedFiles staged;
    private final int chunkSize;
    private final long rejectLimit;
    private final RunProgress runProgress;

    LoadSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
              StagedFiles staged, @Value("${crm.night.chunk-size:2000}") int chunkSize,
              @Value("${crm.night.reject-limit:1000}") long rejectLimit, RunProgress runProgress) throws Exception {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.jdbc = new JdbcTemplate(dataSource);
        this.dialect = SqlDialect.of(JdbcUtils.extractDatabaseMetaData(dataSource,
                meta -> meta.getDatabaseProductName()));
        this.staged = staged;
        this.chunkSize = chunkSize;
        this.rejectLimit = rejectLimit;
        this.runProgress = runProgress;
    }

    public Step load(ExtractFile file, Path dataFile, LocalDate businessDate, long expectedLines) throws Exception {
        Files.createDirectories(staged.dateDir(businessDate));
        LineChecker checker = new LineChecker(file, businessDate, staged);
        FlatFileItemWriter<String> stagedWriter = stagedWriter(file, businessDate);
        return new StepBuilder("load_" + file.baseName(), jobRepository)
                .<NumberedLine, LoadItem>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader(file, dataFile))
                .processor(checker)
                .writer(new LoadWriter(file, businessDate, jdbc, dialect, stagedWriter, rejectLimit))
                .stream(checker)
                .listener(new LoadProgress(file.fileName(businessDate), expectedLines, runProgress))
                .build();
    }

    private FlatFileItemReader<NumberedLine> reader(ExtractFile file, Path dataFile) {
        return new FlatFileItemReaderBuilder<NumberedLine>()
                .name("read_" + file.baseName())
                .resource(new FileSystemResource(dataFile))
                .encoding(StandardCharsets.UTF_8.name())
                .strict(true)
                .lineMapper((line, lineNo) -> new NumberedLine(lineNo, line))
                .build();
    }

    private FlatFileItemWriter<String> stagedWriter(ExtractFile file, LocalDate businessDate) {
        return new FlatFileItemWriterBuilder<String>()
                .name("stage_" + file.baseName())
                .resource(new FileSystemResource(staged.file(file, businessDate)))
                .encoding(StandardCharsets.UTF_8.name())
                .lineSeparator("\n")
                .transactional(true)
                .shouldDeleteIfExists(true)
                .lineAggregator(line -> line)
                .build();
    }
}
