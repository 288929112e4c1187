package org.wealthcrm.etl.generator;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wealthcrm.contract.extract.ExtractFile;

/**
 * Inserts K bad rows of each kind between the good rows of one date's files (the good rows stay as they
 * are) and lists them in {@code bad-rows.csv} as {@code file,line,kind}.
 */
final class BadRowInjector {

    record Insertion(ExtractFile file, long before, int order, BadRowKind kind, long template, String[] edit) {
    }

    record Listed(String fileName, long line, BadRowKind kind) {
    }

    static final String MANIFEST = "bad-rows.csv";

    private final Path dir;
    private final LocalDate date;
    private final BadRows rows;

    BadRowInjector(Path dir, LocalDate date, int customers, long seed) {
        this.dir = dir;
        this.date = date;
        this.rows = new BadRows(date, customers, seed);
    }

    /** Injects the rows into the files and returns the files it changed. */
    List<ExtractFile> inject(int perKind, Map<ExtractFile, Long> lineCounts) throws IOException {
        Map<ExtractFile, List<Insertion>> byFile = new EnumMap<>(ExtractFile.class);
        int order = 0;
        for (BadRowKind kind : BadRowKind.values()) {
            for (int j = 0; j < perKind; j++) {
                Insertion insertion = rows.plan(kind, j, order++, lineCounts);
                byFile.computeIfAbsent(insertion.file(), f -> new ArrayList<>()).add(insertion);
            }
        }
        List<Listed> listed = new ArrayList<>();
        for (Map.Entry<ExtractFile, List<Insertion>> entry : byFile.entrySet()) {
            listed.addAll(rewrite(entry.getKey(), entry.getValue()));
        }
        listed.sort(Comparator.comparing(Listed::fileName).thenComparingLong(Listed::line));
        writeManifest(listed);
        return new ArrayList<>(byFile.keySet());
    }

    private List<Listed> rewrite(ExtractFile file, List<Insertion> insertions) throws IOException {
        Path data = dir.resolve(file.fileName(date));
        Map<Long, String> templates = templates(data, insertions);
        insertions.sort(Comparator.comparingLong(Insertion::before).thenComparingInt(Insertion::order));
        Path temporary = data.resolveSibling(data.getFileName() + ".tmp");
        List<Listed> listed = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(data, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            long original = 0;
            long written = 0;
            int next = 0;
            for (String line = in.readLine(); ; line = in.readLine()) {
                while (next < insertions.size() && insertions.get(next).before() == original) {
                    Insertion insertion = insertions.get(next++);
                    out.write(rows.apply(insertion, templates.get(insertion.template())));
                    out.write('\n');
                    listed.add(new Listed(data.getFileName().toString(), ++written, insertion.kind()));
                }
                if (line == null) {
                    break;
                }
                out.write(line);
                out.write('\n');
                original++;
                written++;
            }
        }
        Files.move(temporary, data, StandardCopyOption.REPLACE_EXISTING);
        return listed;
    }

    private static Map<Long, String> templates(Path data, List<Insertion> insertions) throws IOException {
        Map<Long, String> templates = new HashMap<>();
        for (Insertion insertion : insertions) {
            templates.put(insertion.template(), null);
        }
        try (BufferedReader in = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            long number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine(), number++) {
                if (templates.containsKey(number)) {
                    templates.put(number, line);
                }
            }
        }
        return templates;
    }

    private void writeManifest(List<Listed> listed) throws IOException {
        StringBuilder csv = new StringBuilder("file,line,kind\n");
        for (Listed row : listed) {
            csv.append(row.fileName()).append(',').append(row.line()).append(',').append(row.kind()).append('\n');
        }
        Files.writeString(dir.resolve(MANIFEST), csv, StandardCharsets.UTF_8);
    }
}
