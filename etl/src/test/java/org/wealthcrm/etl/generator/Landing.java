package org.wealthcrm.etl.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wealthcrm.contract.extract.ExtractFile;
import org.wealthcrm.contract.extract.LineValidator;
import org.wealthcrm.contract.extract.RejectedLineException;

/** Reads a generated landing directory in tests. */
final class Landing {

    final Path root;

    Landing(Path root) {
        this.root = root;
    }

    Path dir(LocalDate date) {
        return root.resolve(date.format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    Path data(LocalDate date, ExtractFile file) {
        return dir(date).resolve(file.fileName(date));
    }

    List<String> lines(LocalDate date, ExtractFile file) {
        try {
            return Files.readAllLines(data(date, file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of every line the validator accepts, skipping the lines listed in the bad-row manifest. */
    List<String[]> rows(LocalDate date, ExtractFile file) {
        Set<Integer> listed = listedLines(date, file);
        LineValidator validator = new LineValidator(date);
        List<String[]> rows = new ArrayList<>();
        List<String> lines = lines(date, file);
        for (int i = 0; i < lines.size(); i++) {
            if (!listed.contains(i + 1)) {
                rows.add(validator.validate(file, lines.get(i)));
            }
        }
        return rows;
    }

    List<String[]> manifest(LocalDate date) {
        Path csv = dir(date).resolve("bad-rows.csv");
        if (!Files.exists(csv)) {
            return List.of();
        }
        try {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                rows.add(line.split(","));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<Integer> listedLines(LocalDate date, ExtractFile file) {
        Set<Integer> listed = new HashSet<>();
        for (String[] row : manifest(date)) {
            if (row[0].equals(file.fileName(date))) {
                listed.add(Integer.parseInt(row[1]));
            }
        }
        return listed;
    }

    static boolean rejected(ExtractFile file, String line, LocalDate date) {
        try {
            LineValidator.validate(file, line, date);
            return false;
        } catch (RejectedLineException e) {
            return true;
        }
    }

    static long cents(String amount) {
        return new java.math.BigDecimal(amount).movePointRight(2).longValueExact();
    }
}
