package org.wealthcrm.web.workbench;

import java.util.Arrays;
import java.util.Optional;

/** The lists on the workbench; the mapper XML picks each list's SQL in a {@code <choose>} on the name. */
enum WorkItemKind {
    TODAY_TASKS("今日任务与预约"),
    OVERDUE_TASKS("逾期任务"),
    OVERDUE_FOLLOW_UPS("逾期未跟进"),
    TARGET_MEMBERS("目标客户待联系"),
    CHURN_ALERTS("流失预警"),
    BIRTHDAYS("本月生日"),
    TD_MATURING("30天内到期定期"),
    WEALTH_MATURING("30天内到期理财"),
    RETURNING_TOMORROW("明日退回公海");

    private final String label;

    WorkItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The path segment of the list, e.g. {@code churn-alerts}. */
    public String parameter() {
        return name().toLowerCase().replace('_', '-');
    }

    static Optional<WorkItemKind> fromParameter(String value) {
        return Arrays.stream(values()).filter(kind -> kind.parameter().equals(value)).findFirst();
    }
}
