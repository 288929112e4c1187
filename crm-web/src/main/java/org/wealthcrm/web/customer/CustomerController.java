package org.wealthcrm.web.customer;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.wealthcrm.web.bizdate.AsOf;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.workbench.CustomerWork;

/** 我的客户 (the customer list) and 客户视图 (one customer). */
@Controller
class CustomerController {

    private final CustomerService customers;
    private final CustomerWork work;
    private final CustomerSections sections;

    CustomerController(CustomerService customers, CustomerWork work,
                       CustomerSections sections) {
        this.customers = customers;
        this.work = work;
        this.sections = sections;
    }

    @GetMapping("/customers")
    String list(DataScope scope, Model model,
                @AsOf LocalDate asOf,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir,
                @RequestParam(defaultValue = "20") int size,
                @RequestParam(defaultValue = "1") int page,
                @ModelAttribute("filter") CustomerFilter filter) {
        CustomerQuery query = CustomerQuery.of(asOf, q, sort, dir, size, page, filter);
        model.addAttribute("result", customers.list(scope, query));
        model.addAttribute("query", query);
        model.addAttribute("pageSizes", List.of(10, 20, 50));
        return "customer/list";
    }

    @GetMapping("/customers/{custId}")
    String view(DataScope scope, Model model, HttpServletRequest request, @PathVariable String custId,
                @AsOf LocalDate asOf) {
        model.addAttribute("view", customers.view(scope, custId, asOf));
        model.addAttribute("work", work.panel(scope, custId));
        model.addAttribute("more", sections.of(scope, custId, asOf, request.isUserInRole("COMPLIANCE")
                || request.isUserInRole("HEAD_OFFICE") || request.isUserInRole("ADMIN")));
        return "customer/view";
    }

    @GetMapping("/api/customers/{custId}/aum-trend")
    @ResponseBody
    List<Holdings.AumPoint> aumTrend(DataScope scope, @PathVariable String custId,
                                     @AsOf LocalDate asOf) {
        return customers.aumTrend(scope, custId, asOf);
    }
}
