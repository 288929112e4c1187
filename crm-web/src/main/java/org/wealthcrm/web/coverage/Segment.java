package org.wealthcrm.web.coverage;

/** How the coverage panorama splits customers; the mapper XML picks the grouping expression by name. */
enum Segment {
    TIER("客户级别"),
    INTERVAL("资产区间"),
    ACTIVITY("活跃度"),
    AGE("年龄段");

    private final String label;

    Segment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The segment named {@code name}, TIER when none or unknown. */
    static Segment of(String name) {
        for (Segment segment : values()) {
            if (segment.name().equalsIgnoreCase(name)) {
                return segment;
            }
        }
        return TIER;
    }
}
