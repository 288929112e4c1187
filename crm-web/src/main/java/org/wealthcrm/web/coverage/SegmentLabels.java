package org.wealthcrm.web.coverage;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.wealthcrm.web.customer.MetricLabels;

/** Chinese names of segment values. */
@Component
class SegmentLabels {

    private static final Map<String, String> AGE_BANDS = Map.of(
            "U30", "30岁以下", "A30", "30-39岁", "A40", "40-49岁", "A50", "50-59岁", "A60", "60岁及以上",
            "UNK", "未知");

    private final MetricLabels labels;

    SegmentLabels(MetricLabels labels) {
        this.labels = labels;
    }

    String of(Segment segment, String value) {
        return switch (segment) {
            case TIER -> labels.tier(value);
            case INTERVAL -> labels.interval(value);
            case ACTIVITY -> labels.activity(value);
            case AGE -> AGE_BANDS.getOrDefault(value, value);
        };
    }
}
