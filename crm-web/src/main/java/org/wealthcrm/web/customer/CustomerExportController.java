package org.wealthcrm.web.customer;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.wealthcrm.web.bizdate.AsOf;
import org.wealthcrm.web.importexport.ExcelSheets;
import org.wealthcrm.web.importexport.ExportPolicy;
import org.wealthcrm.web.scope.DataScope;

/** 导出 Excel: the customer list with its search, filters and sort, every row up to 50,000, for allowed roles. */
@Controller
class CustomerExportController {

    static final int EXPORT_LIMIT = 50_000;
    private static final List<String> HEADERS = List.of("客户号", "姓名", "手机", "AUM(元)", "30日日均(元)", "客户级别",
            "资产区间", "活跃度", "产品覆盖", "持有产品");

    private final CustomerService customers;
    private final ExportPolicy policy;
    private final MetricLabels labels;

    CustomerExportController(CustomerService customers, ExportPolicy policy,
                             MetricLabels labels) {
        this.customers = customers;
        this.policy = policy;
        this.labels = labels;
    }

    @GetMapping("/customers/export.xlsx")
    void export(DataScope scope, HttpServletResponse response,
                @AsOf LocalDate asOf,
                @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, @ModelAttribute("filter") CustomerFilter filter)
            throws IOException {
        if (!policy.canExport()) {
            throw new AccessDeniedException("无权导出客户清单");
        }
        CustomerQuery query = CustomerQuery.of(asOf, q, sort, dir, 20, 1, filter).allRows(EXPORT_LIMIT);
        List<List<Object>> rows = new ArrayList<>();
        for (CustomerRow row : customers.list(scope, query).rows()) {
            rows.add(Arrays.asList(row.custId(), row.custName(), row.mobile(), row.aum(), row.aumAvg30(),
                    labels.tier(row.tier()), labels.interval(row.assetInterval()),
                    labels.activity(row.activityLevel()), row.coverage(), labels.categories(row.categories())));
        }
        response.setContentType(ExcelSheets.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"customers-" + asOf + ".xlsx\"");
        ExcelSheets.write(response.getOutputStream(), "客户清单", HEADERS, rows);
    }
}
