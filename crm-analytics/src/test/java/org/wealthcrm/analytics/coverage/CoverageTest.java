package org.wealthcrm.analytics.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealthcrm.analytics.SparkTestSession.cast;
import static org.wealthcrm.analytics.SparkTestSession.strings;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    void coverageWhenSomeCategoriesAreZeroOrNegativeThenOnlyPositiveOnesInFixedOrder() {
        Dataset<Row> positions = cast(strings("cust_id,category,value",
                "C1,FEQ,0.000001", "C1,WM,2.00", "C1,TD,5.00", "C1,DD,0.00",
                "C2,FBD,1.00", "C2,FMM,1.00", "C2,DD,3.00", "C2,FEQ,7.00", "C2,WM,1.00", "C2,TD,1.00",
                "C3,DD,-5.00"), "value", "decimal(30,6)");

        Map<String, String> result = Coverage.coverage(positions).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getInt(1) + "|" + r.getString(2)));

        assertThat(result).isEqualTo(Map.of(
                "C1", "3|TD;WM;FEQ",
                "C2", "6|DD;TD;WM;FMM;FBD;FEQ",
                "C3", "0|"));
    }
}
