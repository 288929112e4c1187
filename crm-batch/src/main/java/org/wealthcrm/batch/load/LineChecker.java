package org.wealthcrm.batch.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.wealthcrm.contract.extract.ExtractFile;
import org.wealthcrm.contract.extract.LineValidator;
import org.wealthcrm.contract.extract.RejectedLineException;

/**
 * Checks one line: its format (the extract contract), that its key is not repeated in the file, and that the
 * customers, accounts, funds and products it names were delivered the same night. After a restart the keys
 * already accepted are read back from the staged file, so a duplicate is caught across the restart too.
 */
class LineChecker implements ItemProcessor<NumberedLine, LoadItem>, ItemStream {

    private final ExtractFile file;
    private final LineValidator validator;
    private final StagedFiles staged;
    private final int[] keyIndexes;
    private final List<ReferenceRule> rules;
    private final Set<String> seenKeys = new HashSet<>();

    LineChecker(ExtractFile file, LocalDate businessDate, StagedFiles staged) {
        this.file = file;
        this.validator = new LineValidator(businessDate);
        this.staged = staged;
        this.keyIndexes = file.keyFields().stream().mapToInt(file::fieldIndex).toArray();
        this.rules = ReferenceRule.of(file);
    }

    @Override
    public LoadItem process(NumberedLine line) {
        String[] fields;
        try {
            fields = validator.validate(file, line.text());
        } catch (RejectedLineException e) {
            return LoadItem.rejected(line, e.reasonCode(), e.getMessage());
        }
        String key = StagedFiles.key(fields, keyIndexes);
        if (!seenKeys.add(key)) {
            return LoadItem.rejected(line, "DUPLICATE_KEY", "duplicate key " + file.keyFields() + " = " + key);
        }
        for (ReferenceRule rule : rules) {
            String value = fields[file.fieldIndex(rule.field())];
            if (!value.isEmpty() && !referenced(rule).contains(value)) {
                seenKeys.remove(key);
                return LoadItem.rejected(line, rule.reasonCode(),
                        rule.field() + ": '" + value + "' is not in " + rule.target().baseName() + " of this date");
            }
        }
        return LoadItem.accepted(line, fields);
    }

    private Set<String> referenced(ReferenceRule rule) {
        return staged.keys(rule.target(), validator.businessDate(), rule.target().keyFields());
    }

    @Override
    public void open(ExecutionContext context) {
        long accepted = context.getLong(LoadWriter.ACCEPTED_KEY, 0L);
        if (accepted > 0) {
            readAcceptedKeys(staged.file(file, validator.businessDate()), accepted);
        }
    }

    private void readAcceptedKeys(Path path, long accepted) {
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            for (long n = 0; n < accepted && line != null; n++, line = in.readLine()) {
                seenKeys.add(StagedFiles.key(line.split("\\|", -1), keyIndexes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot re-read staged keys from " + path, e);
        }
    }
}
