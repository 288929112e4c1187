package org.wealthcrm.batch.night;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.wealthcrm.contract.extract.ControlFile;
import org.wealthcrm.contract.extract.ExtractFile;

/**
 * Checks a business date's delivery against the control files: a data file is read only when its {@code .ok}
 * is present and agrees with it (record count, byte size, sha256, name, date).
 */
class DeliveryCheck {

    private final Path landingDir;

    DeliveryCheck(Path landingDir) {
        this.landingDir = landingDir;
    }

    Path dateDir(LocalDate businessDate) {
        return landingDir.resolve(businessDate.format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    List<FileDelivery> check(LocalDate businessDate) {
        List<FileDelivery> deliveries = new ArrayList<>();
        for (ExtractFile file : ExtractFile.values()) {
            deliveries.add(check(file, businessDate));
        }
        return deliveries;
    }

    FileDelivery check(ExtractFile file, LocalDate businessDate) {
        Path data = dateDir(businessDate).resolve(file.fileName(businessDate));
        Path ok = dateDir(businessDate).resolve(file.controlFileName(businessDate));
        if (!Files.exists(ok)) {
            String problem = file.controlFileName(businessDate) + " is missing" + (Files.exists(data)
                    ? " (the data file is not complete yet and is not read)" : " and so is the data file");
            return new FileDelivery(file, data, 0, "MISSING", file.required() ? List.of(problem) : List.of());
        }
        try {
            ControlFile control = ControlFile.read(ok);
            List<String> problems = Files.exists(data) ? control.disagreements(data)
                    : List.of(file.fileName(businessDate) + " is missing although its control file is present");
            return new FileDelivery(file, data, control.recordCount(), problems.isEmpty() ? "LOADED" : "DISAGREES",
                    problems.stream().map(p -> file.fileName(businessDate) + ": " + p).toList());
        } catch (IOException | RuntimeException e) {
            return new FileDelivery(file, data, 0, "DISAGREES",
                    List.of(file.controlFileName(businessDate) + ": " + e.getMessage()));
        }
    }

    /**
     * What was delivered for the date, as the control files describe it: a run interrupted on one delivery is
     * never resumed on another (a re-delivery replaces the date, so it starts a fresh attempt).
     */
    String fingerprint(LocalDate businessDate) {
        StringBuilder text = new StringBuilder();
        for (ExtractFile file : ExtractFile.values()) {
            Path ok = dateDir(businessDate).resolve(file.controlFileName(businessDate));
            try {
                text.append(file.baseName()).append('=').append(Files.exists(ok) ? Files.readString(ok).trim() : "-")
                        .append('\n');
            } catch (IOException e) {
                text.append(file.baseName()).append("=unreadable\n");
            }
        }
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The latest date folder in which every required file is present with an agreeing control file. */
    LocalDate latestCompleteDelivery() {
        try (var dirs = Files.list(landingDir)) {
            return dirs.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{8}"))
                    .map(n -> LocalDate.parse(n, DateTimeFormatter.BASIC_ISO_DATE))
                    .sorted(java.util.Comparator.reverseOrder())
                    .filter(d -> check(d).stream().allMatch(f -> f.problems().isEmpty()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no complete delivery in " + landingDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the landing folder " + landingDir, e);
        }
    }
}
