package org.wealthcrm.web.goal;

/** The monthly target measures (completion computed nightly by crm-batch's goal step). */
public enum GoalMetric {
    AUM_GROWTH("AUM 增长", "元", 2),
    SALES("基金理财销售额", "元", 2),
    NEW_VIP("新增贵宾客户", "户", 0);

    private final String label;
    private final String unit;
    private final int decimals;

    GoalMetric(String label, String unit, int decimals) {
        this.label = label;
        this.unit = unit;
        this.decimals = decimals;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** 2 for money, 0 for customer counts: a target with more decimals is refused. */
    int decimals() {
        return decimals;
    }

    static GoalMetric of(String name) {
        for (GoalMetric metric : values()) {
            if (metric.name().equals(name)) {
                return metric;
            }
        }
        throw new InvalidSplitException("未知的目标指标：" + name);
    }
}
