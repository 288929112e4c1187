package org.wealthcrm.batch.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.wealthcrm.contract.extract.ExtractFile;

/**
 * The staged copy of each extract: only the lines that passed every check, in the extract's own format, under
 * {@code <work-dir>/staged/<YYYYMMDD>/}. The analytics read these; the loader reads their keys for reference checks.
 */
@Component
public class StagedFiles {

    private final Path root;
    private final Map<Path, Set<String>> keyCache = new ConcurrentHashMap<>();

    StagedFiles(@Value("${crm.work-dir}") Path workDir) {
        this.root = workDir.resolve("staged");
    }

    public Path dateDir(LocalDate businessDate) {
        return root.resolve(businessDate.format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    public Path file(ExtractFile file, LocalDate businessDate) {
        return dateDir(businessDate).resolve(file.fileName(businessDate));
    }

    /** Keys (the key fields joined with '|') of the staged file; empty when it has not been staged. */
    Set<String> keys(ExtractFile file, LocalDate businessDate, List<String> keyFields) {
        Path path = file(file, businessDate);
        return keyCache.computeIfAbsent(path.resolveSibling(path.getFileName() + "#" + keyFields),
                k -> readKeys(file, path, keyFields));
    }

    /** Forgets cached keys, e.g. after the file was staged again. */
    public void forget() {
        keyCache.clear();
    }

    static Set<String> readKeys(ExtractFile file, Path path, List<String> keyFields) {
        Set<String> keys = new HashSet<>();
        if (!Files.exists(path)) {
            return keys;
        }
        int[] indexes = keyFields.stream().mapToInt(file::fieldIndex).toArray();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                keys.add(key(line.split("\\|", -1), indexes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read staged file " + path, e);
        }
        return keys;
    }

    static String key(String[] fields, int[] indexes) {
        if (indexes.length == 1) {
            return fields[indexes[0]];
        }
        StringBuilder key = new StringBuilder(fields[indexes[0]]);
        for (int i = 1; i < indexes.length; i++) {
            key.append('|').append(fields[indexes[i]]);
        }
        return key.toString();
    }
}
