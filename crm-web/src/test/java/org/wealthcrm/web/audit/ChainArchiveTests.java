package org.wealthcrm.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wealthcrm.web.CrmWebTest;

/** The archive a purge writes (gzip JSON lines + manifest) and the verifier's proof over archive and live rows. */
@CrmWebTest
class ChainArchiveTests {

    /** 2200-01-01 08:00 in Shanghai: with 60 months, entries before 2195-01-01 00:00 are purged. */
    static final Clock LATER = Clock.fixed(Instant.parse("2200-01-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final LocalDateTime OLD = LocalDateTime.of(2194, 6, 1, 9, 30);
    static final LocalDateTime RECENT = LocalDateTime.of(2195, 3, 1, 9, 30);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditChains chains;
    @Autowired
    PlatformTransactionManager transactions;
    @TempDir
    Path archiveDir;

    /** Two old entries (a message and its event) archived and purged, one recent message kept. */
    private record Purged(ChainLink message, ChainLink event, ChainLink kept, ArchiveManifest manifest) {
    }

    private void inPurgedChain(Consumer<Purged> test) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            AuditRetention retention = new AuditRetention(jdbc, LATER, archive(), 60);
            retention.purge("sms_log"); // older entries other tests left behind go to an earlier archive file
            ChainLink message = message(990_201L, OLD);
            ChainLink event = chains.append(ChainTable.SMS_EVENT, 990_201L, OLD, "QUEUED", null, null, "rm1", null);
            ChainLink kept = message(990_202L, RECENT);
            assertThat(retention.purge("sms_log")).isEqualTo(2);
            List<ArchiveManifest> manifests = archive().manifests("sms_log");
            test.accept(new Purged(message, event, kept, manifests.get(manifests.size() - 1)));
            tx.setRollbackOnly();
        });
    }

    @Test
    void purgeWhenOldEntriesThenManifestCountsAndChainHashesOfFirstAndLast() {
        inPurgedChain(purged -> {
            String file = String.format("sms_log-%012d-%012d.jsonl.gz", purged.message().seq(), purged.event().seq());
            assertThat(purged.manifest()).isEqualTo(new ArchiveManifest("sms_log", file,
                    sha256(archiveDir.resolve(file)), purged.message().seq(), purged.event().seq(), 2,
                    Map.of("sms_message", 1L, "sms_event", 1L),
                    purged.message().prevHash(), purged.message().entryHash(), purged.event().entryHash(),
                    "2195-01-01T00:00", "2200-01-01T08:00"));
            List<String> lines = lines(archiveDir.resolve(file));
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).contains("\"table\":\"sms_message\"", "\"seq\":" + purged.message().seq(),
                    "\"content\":\"【财富银行】到期提醒\"", "\"created_at\":\"2194-06-01T09:30:00.000\"");
            assertThat(lines.get(1)).contains("\"table\":\"sms_event\"", "\"entryHash\":\""
                    + purged.event().entryHash() + "\"");
            assertThat(Files.exists(archiveDir.resolve(file + ".manifest.json"))).isTrue();
        });
    }

    @Test
    void verifyWhenArchivedAndLiveRowsIntactThenOkOverEveryEntryFromGenesis() {
        inPurgedChain(purged -> {
            assertThat(jdbc.queryForList("select seq from sms_message", Long.class))
                    .containsExactly(purged.kept().seq());
            // every seq from 1 to the head is either archived or live
            assertThat(verifier().verify("sms_log")).isEqualTo(ChainReport.ok("sms_log", purged.kept().seq()));
        });
    }

    @Test
    void verifyWhenOneArchivedLineTamperedThenBrokenNamingThatEntry() {
        inPurgedChain(purged -> {
            Path file = archiveDir.resolve(purged.manifest().file());
            List<String> lines = lines(file);
            write(file, List.of(lines.get(0).replace("到期提醒", "改过的内容"), lines.get(1)));

            ChainReport report = verifier().verify("sms_log");

            assertThat(report.ok()).isFalse();
            assertThat(report.brokenSeq()).isEqualTo(purged.message().seq());
            assertThat(report.reason()).isEqualTo("archived entry sms_message seq " + purged.message().seq() + " ("
                    + purged.manifest().file() + " line 1): content changed: the stored columns do not hash to"
                    + " entry_hash");
        });
    }

    @Test
    void verifyWhenArchivedLineDroppedThenBrokenAtTheMissingEntry() {
        inPurgedChain(purged -> {
            Path file = archiveDir.resolve(purged.manifest().file());
            write(file, List.of(lines(file).get(1)));

            ChainReport report = verifier().verify("sms_log");

            assertThat(report.brokenSeq()).isEqualTo(purged.message().seq());
            assertThat(report.reason()).isEqualTo("archived entry sms_event seq " + purged.event().seq() + " ("
                    + purged.manifest().file() + " line 1): entry missing (deleted): seq " + purged.event().seq()
                    + " follows seq " + (purged.message().seq() - 1));
        });
    }

    @Test
    void verifyWhenArchiveFilesRemovedThenBrokenSayingEntriesPurgedWithoutArchive() {
        inPurgedChain(purged -> {
            try (Stream<Path> files = Files.list(archiveDir)) {
                files.forEach(ChainArchiveTests::delete);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChainReport report = verifier().verify("sms_log");
            assertThat(report.brokenSeq()).isEqualTo(1L);
            assertThat(report.reason()).isEqualTo("entries 1 to " + purged.event().seq()
                    + " were purged without an archive");
        });
    }

    @Test
    void purgeWhenTransactionRolledBackThenItsArchiveFilesAreRemoved() throws IOException {
        inPurgedChain(purged -> assertThat(Files.exists(archiveDir.resolve(purged.manifest().file()))).isTrue());
        try (Stream<Path> files = Files.list(archiveDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void purgeWhenArchiveCannotBeWrittenThenNothingIsDeleted() throws IOException {
        Path notADirectory = Files.writeString(archiveDir.resolve("occupied"), "a file, not a directory");
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            AuditRetention retention = new AuditRetention(jdbc, LATER, new ChainArchive(notADirectory), 60);
            message(990_301L, OLD);
            long rows = jdbc.queryForObject("select count(*) from sms_message", Long.class);
            long checkpoint = jdbc.queryForObject("select checkpoint_seq from audit_chain"
                    + " where chain_name = 'sms_log'", Long.class);

            assertThatThrownBy(() -> retention.purge("sms_log")).isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("cannot write the audit archive " + notADirectory);

            assertThat(jdbc.queryForObject("select count(*) from sms_message", Long.class)).isEqualTo(rows);
            assertThat(jdbc.queryForObject("select checkpoint_seq from audit_chain where chain_name = 'sms_log'",
                    Long.class)).isEqualTo(checkpoint);
            tx.setRollbackOnly();
        });
    }

    @Test
    void purgeWhenAnEntryToPurgeWasEditedThenRefusedAndNothingArchived() throws IOException {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            ChainLink edited = message(990_401L, OLD);
            jdbc.execute("alter table sms_message disable trigger sms_message_guard");
            jdbc.update("update sms_message set content = '【财富银行】改过的内容' where seq = ?", edited.seq());

            assertThatThrownBy(() -> new AuditRetention(jdbc, LATER, archive(), 60).purge("sms_log"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("sms_log: entry " + edited.seq() + " does not verify (content changed: the stored"
                            + " columns do not hash to entry_hash); nothing archived or purged");
            tx.setRollbackOnly();
        });
        try (Stream<Path> files = Files.list(archiveDir)) {
            assertThat(files).isEmpty();
        }
    }

    private ChainLink message(long msgId, LocalDateTime at) {
        return chains.append(ChainTable.SMS_MESSAGE, msgId, at, "rm1", "RM001", "C001", "13800001111", "SERVICE",
                null, "【财富银行】到期提醒", "UCS2", 1, "SMPP", null, "N", null);
    }

    private ChainArchive archive() {
        return new ChainArchive(archiveDir);
    }

    private AuditChainVerifier verifier() {
        return new AuditChainVerifier(jdbc, archive());
    }

    private static List<String> lines(Path gzip) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path gzip, List<String> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            for (String line : lines) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.write(gzip, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
