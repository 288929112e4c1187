package org.wealthcrm.analytics.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;

/**
 * Versioned model store: {@code <models>/<name>/v001/} holds {@code model/} (Spark ML PipelineModel)
 * and {@code metadata.json}, written last, so a version counts once its metadata exists.
 */
public final class ChurnModels {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final SparkSession spark;
    private final Path root;

    public ChurnModels(SparkSession spark, String modelsRoot, String name) {
        this.spark = spark;
        this.root = new Path(modelsRoot, name);
    }

    /** @return the directory of the highest complete version, if any */
    public Optional<Path> latest() throws IOException {
        FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(root)) {
            return Optional.empty();
        }
        Path best = null;
        for (FileStatus status : fs.listStatus(root)) {
            String name = status.getPath().getName();
            if (name.matches("v\\d{3,}") && fs.exists(new Path(status.getPath(), "metadata.json"))
                    && (best == null || version(name) > version(best.getName()))) {
                best = status.getPath();
            }
        }
        return Optional.ofNullable(best);
    }

    public PipelineModel load(Path version) {
        return PipelineModel.load(new Path(version, "model").toString());
    }

    public Map<?, ?> metadata(Path version) throws IOException {
        FileSystem fs = version.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (InputStream in = fs.open(new Path(version, "metadata.json"))) {
            return JSON.readValue(in, Map.class);
        }
    }

    /** Saves the next version (latest + 1) and returns its directory. */
    public Path save(PipelineModel model, Map<String, Object> metadata) throws IOException {
        int next = latest().map(p -> version(p.getName()) + 1).orElse(1);
        Path dir = new Path(root, String.format("v%03d", next));
        model.write().overwrite().save(new Path(dir, "model").toString());
        metadata.put("version", next);
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (OutputStream out = fs.create(new Path(dir, "metadata.json"), true)) {
            JSON.writeValue(out, metadata);
        }
        return dir;
    }

    private static int version(String name) {
        return Integer.parseInt(name.substring(1));
    }
}
