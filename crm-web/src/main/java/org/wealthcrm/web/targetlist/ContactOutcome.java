package org.wealthcrm.web.targetlist;

/**
 * The outcome of contacting a list member, and the workbench service-record outcome (dictionary SERVICE_OUTCOME) it
 * is written as.
 */
enum ContactOutcome {
    REACHED("已接通", "FOLLOW"),
    INTERESTED("有意向", "INTENT"),
    DECLINED("明确拒绝", "REFUSED"),
    WRONG_NUMBER("号码错误", "NO_ANSWER"),
    APPOINTMENT("已预约", "FOLLOW");

    private final String label;
    private final String serviceOutcome;

    ContactOutcome(String label, String serviceOutcome) {
        this.label = label;
        this.serviceOutcome = serviceOutcome;
    }

    public String label() {
        return label;
    }

    String serviceOutcome() {
        return serviceOutcome;
    }

    static ContactOutcome of(String name) {
        for (ContactOutcome outcome : values()) {
            if (outcome.name().equals(name)) {
                return outcome;
            }
        }
        throw new InvalidListException("联系结果无效：" + name);
    }
}
