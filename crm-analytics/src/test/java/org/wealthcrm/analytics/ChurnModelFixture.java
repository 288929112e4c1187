package org.wealthcrm.analytics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wealthcrm.analytics.churn.ChurnFeatures;
import org.wealthcrm.analytics.model.ChurnModels;
import org.wealthcrm.analytics.model.FeaturePipeline;
import org.wealthcrm.analytics.model.ModelKind;

/** A churn model version that has learnt "churned iff interbank_out_share_30 >= 0.5". */
final class ChurnModelFixture {

    private ChurnModelFixture() {
    }

    static void saveInterbankModel(String models) throws IOException {
        StructType schema = new StructType();
        for (String feature : ChurnFeatures.NUMERIC) {
            schema = schema.add(feature, DataTypes.DoubleType);
        }
        schema = schema.add("tier", DataTypes.StringType).add("label", DataTypes.DoubleType);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<Object> values = new ArrayList<>();
            for (String feature : ChurnFeatures.NUMERIC) {
                values.add(feature.equals("interbank_out_share_30") ? i / 40.0 : 1.0);
            }
            values.add("VIP4");
            values.add(i >= 20 ? 1.0 : 0.0);
            rows.add(RowFactory.create(values.toArray()));
        }
        Dataset<Row> training = SparkTestSession.get().createDataFrame(rows, schema);
        PipelineModel model = FeaturePipeline.pipeline(ModelKind.GBT, ChurnFeatures.NUMERIC,
                ChurnFeatures.CATEGORICAL).fit(training);
        new ChurnModels(SparkTestSession.get(), models, "churn").save(model, new HashMap<>());
    }
}
