package org.wealthcrm.web.audit;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The archive of purged chain entries in {@code crm.audit.archive-dir}: per purge one gzip JSON-lines file
 * {@code <chain>-<fromSeq>-<toSeq>.jsonl.gz} and its {@link ArchiveManifest}. Files are written and forced to disk
 * before the purge deletes anything; the manifest is written last, so a manifest means a complete file.
 */
@Component
public class ChainArchive {

    private static final String MANIFEST = ".manifest.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path directory;

    public ChainArchive(@Value("${crm.audit.archive-dir:audit-archive}") Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** Writes {@code entries} (one chain, seq order, not empty) and its manifest; the paths written. */
    List<Path> write(ArchiveManifest draft, List<ChainEntry> entries) {
        String name = String.format("%s-%012d-%012d.jsonl.gz", draft.chain(), draft.fromSeq(), draft.toSeq());
        Path file = directory.resolve(name);
        try {
            Files.createDirectories(directory);
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
                 Writer lines = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out),
                         StandardCharsets.UTF_8))) {
                for (ChainEntry entry : entries) {
                    lines.write(JSON.writeValueAsString(entry));
                    lines.write('\n');
                }
            }
            forceToDisk(file);
            ArchiveManifest manifest = new ArchiveManifest(draft.chain(), name, sha256(file), draft.fromSeq(),
                    draft.toSeq(), draft.entries(), draft.tables(), draft.previousHash(), draft.firstHash(),
                    draft.lastHash(), draft.cutoff(), draft.archivedAt());
            Path manifestFile = directory.resolve(name + MANIFEST);
            Files.writeString(manifestFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest),
                    StandardOpenOption.CREATE_NEW);
            forceToDisk(manifestFile);
            return List.of(file, manifestFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit archive " + file, e);
        }
    }

    /** The manifests of {@code chain}, in seq order (none when the directory does not exist). */
    List<ArchiveManifest> manifests(String chain) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith(chain + "-")
                            && f.getFileName().toString().endsWith(MANIFEST))
                    .map(ChainArchive::manifest)
                    .filter(m -> m.chain().equals(chain))
                    .sorted(Comparator.comparingLong(ArchiveManifest::fromSeq)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The archived entries of one manifest's file, one per line, as written. */
    List<ChainEntry> read(ArchiveManifest manifest) {
        List<ChainEntry> entries = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(directory.resolve(manifest.file()))),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                entries.add(JSON.readValue(line, ChainEntry.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    String sha256(String file) {
        return sha256(directory.resolve(file));
    }

    private static void forceToDisk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static ArchiveManifest manifest(Path file) {
        try {
            return JSON.readValue(Files.readString(file), ArchiveManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
