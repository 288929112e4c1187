package org.wealthcrm.analytics.model;

import java.io.IOException;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.wealthcrm.analytics.MetricsConfig;

/** The frame of a training command: parse, load the configuration, own the session, map failures to exit codes. */
final class ModelCommand {

    interface Trainer {
        void train(SparkSession spark, TrainArgs args, MetricsConfig config) throws IOException;
    }

    private ModelCommand() {
    }

    /** @return 0 done, 2 bad arguments or configuration, 1 failed (e.g. no day with a full horizon) */
    static int run(String what, Supplier<TrainArgs> parser, Trainer trainer) {
        TrainArgs args;
        MetricsConfig config;
        try {
            args = parser.get();
            config = MetricsConfig.load(args.config());
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("[analytics] ERROR " + e.getMessage());
            return 2;
        }
        boolean joinsExistingSession = SparkSession.getDefaultSession().isDefined();
        SparkSession spark = ModelSession.create("crm-analytics train " + what, args.master());
        try {
            trainer.train(spark, args, config);
            return 0;
        } catch (Exception e) {
            System.err.println("[analytics] ERROR " + what + " training failed: " + e.getMessage());
            return 1;
        } finally {
            if (!joinsExistingSession) {
                spark.stop();
            }
        }
    }
}
