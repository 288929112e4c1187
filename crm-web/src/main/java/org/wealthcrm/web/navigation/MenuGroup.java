package org.wealthcrm.web.navigation;

/** The nav bar's drop-downs; {@link #label()} is null for the entries shown directly in the bar. */
public enum MenuGroup {
    TOP(null), CUSTOMER("客户"), MARKETING("营销"), MANAGEMENT("管理"), COMPLIANCE("合规"), OPERATIONS(null),
    ADMINISTRATION(null);

    private final String label;

    MenuGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
