package org.wealthcrm.analytics.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.wealthcrm.analytics.SparkTestSession;
import org.wealthcrm.analytics.churn.ChurnFeatures;

class ChurnScorerTest {

    @Test
    void scoreWhenOnlyInterbankShareDrivesTheModelThenItIsTheOnlyReasonOfTheRiskyCustomer() {
        // trained on 40 customers alike in everything but the interbank share; churned iff share >= 0.5
        List<Row> training = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            training.add(customer("T" + i, i / 40.0, i >= 20 ? 1.0 : 0.0));
        }
        PipelineModel model = FeaturePipeline.pipeline(ModelKind.GBT, ChurnFeatures.NUMERIC, ChurnFeatures.CATEGORICAL)
                .fit(dataset(training));
        Dataset<Row> today = dataset(List.of(customer("C1", 0.9, 0), customer("C2", 0.1, 0), customer("C3", 0.1, 0)));

        Map<String, Double> medians = ChurnScorer.medians(today);
        Map<String, Row> scored = ChurnScorer.score(model, today, medians).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r));

        // median share of 0.9, 0.1, 0.1 is 0.1: only C1 differs from the median, only in that feature
        assertThat(medians.get("interbank_out_share_30")).isEqualTo(0.1);
        assertThat(scored.get("C1").getDouble(1)).isGreaterThan(0.8);
        assertThat(scored.get("C1").getString(2)).isEqualTo("INTERBANK_OUT_SHARE=0.90");
        assertThat(scored.get("C2").getDouble(1)).isLessThan(0.2);
        assertThat(scored.get("C2").getString(2)).isEmpty();
    }

    @Test
    void textsWhenReasonsAreEncodedThenEachGetsItsChineseAndEnglishTextWithTheSignInTheWords() {
        assertThat(ChurnReason.texts("AUM_CHANGE_90=-45.2;INTERBANK_OUT_SHARE_UP=0.62;DAYS_SINCE_CONTACT=60"))
                .containsExactly("90天内AUM下降45.2% / AUM down 45.2 % in 90 days",
                        "跨行转出占比上升62个百分点 / interbank outflow rising, up 62 points",
                        "60天未联系 / no contact for 60 days");
        assertThat(ChurnReason.texts("")).isEmpty();
    }

    private static Row customer(String id, double interbankShare, double label) {
        List<Object> values = new ArrayList<>(List.of(id));
        for (String feature : ChurnFeatures.NUMERIC) {
            values.add(feature.equals("interbank_out_share_30") ? interbankShare : 1.0);
        }
        values.add("VIP4");
        values.add(label);
        return RowFactory.create(values.toArray());
    }

    private static Dataset<Row> dataset(List<Row> rows) {
        StructType schema = new StructType().add("cust_id", DataTypes.StringType);
        for (String feature : ChurnFeatures.NUMERIC) {
            schema = schema.add(feature, DataTypes.DoubleType);
        }
        schema = schema.add("tier", DataTypes.StringType).add("label", DataTypes.DoubleType);
        return SparkTestSession.get().createDataFrame(rows, schema);
    }
}
