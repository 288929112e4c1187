package org.wealthcrm.web.task;

/** A to-do (任务) or a meeting with a customer at a set time (预约). */
enum TaskKind {
    TASK("任务"), APPT("预约");

    private final String label;

    TaskKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
