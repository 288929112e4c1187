package org.wealthcrm.analytics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealthcrm.analytics.SparkTestSession.cast;
import static org.wealthcrm.analytics.SparkTestSession.strings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ActivityTest {

    @Test
    void dailyActivityWhenSystemTxnsAndUnlistedBizCodesThenOnlyCustomerInitiatedRowsCount() {
        Dataset<Row> txns = strings("cust_id,txn_code",
                "C1,1001", "C1,5001", "C1,5002", "C1,6003", "C2,5001", "C3,5002");
        Dataset<Row> confirms = strings("cust_id,biz_code",
                "C1,120", "C1,143", "C2,122", "C2,124", "C2,136", "C2,139", "C2,137", "C2,138", "C2,142");

        Map<String, Long> counts = Activity.dailyActivity(txns, confirms).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));

        // C1: 1001, 6003, 120; C2: 122, 124, 136, 139; C3 has only a fee
        assertThat(counts).isEqualTo(Map.of("C1", 3L, "C2", 4L));
    }

    @Test
    void withActivityLevelWhenCountsAtThresholdsThenLowerBoundIsInclusive() {
        Map<String, Long> levels = new LinkedHashMap<>();
        levels.put("L1", 30L);
        levels.put("L2", 12L);
        levels.put("L3", 4L);
        levels.put("L4", 1L);
        Dataset<Row> counts = cast(strings("cust_id,activity_90",
                "a,0", "b,1", "c,3", "d,4", "e,11", "f,12", "g,29", "h,30", "i,500"), "activity_90", "long");

        Map<String, String> level = Activity.withActivityLevel(counts, levels).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(2)));

        assertThat(level).isEqualTo(Map.of("a", "L5", "b", "L4", "c", "L4", "d", "L3", "e", "L3",
                "f", "L2", "g", "L2", "h", "L1", "i", "L1"));
    }
}
