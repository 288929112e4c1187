package org.wealthcrm.web.navigation;

import static org.wealthcrm.web.navigation.BankRole.ADMIN;
import static org.wealthcrm.web.navigation.BankRole.COMPLIANCE;
import static org.wealthcrm.web.navigation.BankRole.HEAD_OFFICE;
import static org.wealthcrm.web.navigation.BankRole.OPERATIONS;
import static org.wealthcrm.web.navigation.BankRole.RM;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one source of who may open which page: each route is a menu entry (group, label, link, in menu order) and the
 * URL patterns it covers. {@code SecurityConfiguration} guards every pattern with the route's roles and the layout's
 * menu lists the routes the signed-in user holds a role for, so no menu entry leads to a 403. The role sets follow
 * what the pages' own scope checks admit (e.g. 预警汇总 needs a team or wider scope, 工作日报 an author).
 */
public enum Route {
    WORKBENCH(MenuGroup.TOP, "工作台", "/workbench", everyone(), "/workbench/**"),
    CUSTOMERS(MenuGroup.CUSTOMER, "我的客户", "/customers", everyone(), "/customers/**", "/api/customers/**"),
    TASKS(MenuGroup.CUSTOMER, "任务与预约", "/tasks", everyone(), "/tasks/**"),
    POOL(MenuGroup.CUSTOMER, "公海", "/pool", everyone(), "/pool/**"),
    IMPORT(MenuGroup.CUSTOMER, "导入", "/import", everyone(), "/import/**"),
    RECYCLE_BIN(MenuGroup.CUSTOMER, "回收站", "/recycle-bin", everyone(), "/recycle-bin/**"),
    TARGET_LISTS(MenuGroup.MARKETING, "目标客户名单", "/target-lists", everyone(), "/target-lists/**"),
    COVERAGE(MenuGroup.MARKETING, "产品覆盖", "/coverage", everyone(), "/coverage/**", "/api/coverage/**"),
    OPPORTUNITIES(MenuGroup.MARKETING, "销售机会", "/opportunities", everyone(),
            "/opportunities/**", "/api/opportunities/**"),
    CAMPAIGNS(MenuGroup.MARKETING, "市场活动", "/campaigns", everyone(), "/campaigns/**"),
    SMS_COMPOSE(MenuGroup.MARKETING, "短信发送", "/sms/compose", everyone(),
            "/sms/compose", "/sms/send", "/sms/approvals/**", "/api/sms/**"),
    SMS_TEMPLATES(MenuGroup.MARKETING, "短信模板", "/sms/templates", everyone(), "/sms/templates/**"),
    SMS_GROUPS(MenuGroup.MARKETING, "收件人分组", "/sms/groups", everyone(), "/sms/groups/**"),
    MY_COCKPIT(MenuGroup.MANAGEMENT, "我的驾驶舱", "/cockpit/me", everyone(), "/cockpit/me", "/api/cockpit/me/**"),
    COCKPIT(MenuGroup.MANAGEMENT, "领导驾驶舱", "/cockpit", everyone(), "/cockpit", "/api/cockpit/**"),
    KPI(MenuGroup.MANAGEMENT, "经营指标", "/cockpit/kpi", everyone(), "/cockpit/kpi", "/api/cockpit/kpi/**"),
    GOALS(MenuGroup.MANAGEMENT, "目标管理", "/goals", allBut(OPERATIONS, ADMIN), "/goals/**"),
    CHURN_ALERTS(MenuGroup.MANAGEMENT, "流失预警", "/churn-alerts", everyone(), "/churn-alerts/**"),
    CHURN_OVERVIEW(MenuGroup.MANAGEMENT, "预警汇总", "/churn-alerts/overview", allBut(RM, OPERATIONS, ADMIN),
            "/churn-alerts/overview", "/api/churn-alerts/**"),
    DAILY_REPORT(MenuGroup.MANAGEMENT, "工作日报", "/daily-reports", allBut(COMPLIANCE, OPERATIONS, ADMIN),
            "/daily-reports"),
    TEAM_REPORTS(MenuGroup.MANAGEMENT, "团队日报", "/daily-reports/team", everyone(), "/daily-reports/**"),
    SMS_LOG(MenuGroup.COMPLIANCE, "短信日志", "/sms/log", everyone(), "/sms/log/**"),
    AUDIT(MenuGroup.COMPLIANCE, "审计日志", "/audit", only(COMPLIANCE, HEAD_OFFICE, ADMIN), "/audit/**"),
    OPERATIONS_RUNS(MenuGroup.OPERATIONS, "运营", "/operations/runs", only(OPERATIONS, ADMIN, HEAD_OFFICE),
            "/operations/**"),
    DICTIONARY(MenuGroup.ADMINISTRATION, "数据字典", "/dictionary", only(ADMIN), "/dictionary/**"),
    USERS(MenuGroup.ADMINISTRATION, "用户管理", "/admin/users", only(ADMIN), "/admin/**");

    private final MenuGroup group;
    private final String label;
    private final String menuUrl;
    private final Set<BankRole> roles;
    private final List<String> patterns;

    Route(MenuGroup group, String label, String menuUrl, Set<BankRole> roles, String... patterns) {
        this.group = group;
        this.label = label;
        this.menuUrl = menuUrl;
        this.roles = roles;
        this.patterns = List.of(patterns);
    }

    public MenuGroup group() {
        return group;
    }

    public String label() {
        return label;
    }

    public String menuUrl() {
        return menuUrl;
    }

    public Set<BankRole> roles() {
        return roles;
    }

    public List<String> patterns() {
        return patterns;
    }

    /** Whether a user holding {@code authorities} (e.g. {@code ROLE_RM}) may open this route. */
    public boolean openTo(Collection<String> authorities) {
        return roles.stream().anyMatch(role -> authorities.contains(role.authority()));
    }

    /** The role names for {@code hasAnyRole}, e.g. {@code RM}. */
    public String[] roleNames() {
        return roles.stream().map(Enum::name).toArray(String[]::new);
    }

    private static Set<BankRole> everyone() {
        return EnumSet.allOf(BankRole.class);
    }

    private static Set<BankRole> only(BankRole... roles) {
        return EnumSet.copyOf(Arrays.asList(roles));
    }

    private static Set<BankRole> allBut(BankRole... roles) {
        return EnumSet.complementOf(EnumSet.copyOf(Arrays.asList(roles)));
    }
}
