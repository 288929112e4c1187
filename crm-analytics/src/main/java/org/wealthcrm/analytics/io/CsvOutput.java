package org.wealthcrm.analytics.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes rows as one CSV file (UTF-8, header, LF, comma): Spark writes a single part file into a
 * temporary directory next to the target, which is then moved onto the target (atomically on a
 * local file system) and the temporary directory removed.
 */
public final class CsvOutput {

    private CsvOutput() {
    }

    public static void writeSingleFile(Dataset<Row> rows, String target) throws IOException {
        Path out = new Path(target);
        FileSystem fs = out.getFileSystem(rows.sparkSession().sparkContext().hadoopConfiguration());
        out = fs.makeQualified(out);
        Path tmp = new Path(out.getParent(), "." + out.getName() + ".tmp-" + UUID.randomUUID());
        try {
            rows.coalesce(1).write().mode(SaveMode.ErrorIfExists)
                    .option("header", "true").option("sep", ",").option("lineSep", "\n")
                    .option("encoding", "UTF-8").option("emptyValue", "").option("nullValue", "")
                    .csv(tmp.toString());
            move(fs, partFile(fs, tmp, rows.columns()), out);
        } finally {
            fs.delete(tmp, true);
        }
    }

    private static Path partFile(FileSystem fs, Path dir, String[] columns) throws IOException {
        for (FileStatus status : fs.listStatus(dir)) {
            if (status.getPath().getName().startsWith("part-")) {
                return status.getPath();
            }
        }
        Path headerOnly = new Path(dir, "part-empty.csv");
        try (FSDataOutputStream stream = fs.create(headerOnly)) {
            stream.write((String.join(",", columns) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return headerOnly;
    }

    private static void move(FileSystem fs, Path from, Path to) throws IOException {
        if (fs instanceof LocalFileSystem) {
            Files.move(Paths.get(from.toUri()), Paths.get(to.toUri()),
                    StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
            fs.delete(to, false);
            if (!fs.rename(from, to)) {
                throw new IOException("could not move " + from + " to " + to);
            }
        }
    }
}
