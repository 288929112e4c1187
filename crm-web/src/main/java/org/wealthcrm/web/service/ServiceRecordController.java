package org.wealthcrm.web.service;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wealthcrm.web.scope.DataScope;

/** 登记服务: the form on the customer page posts here. */
@Controller
class ServiceRecordController {

    private final ServiceRecords records;

    ServiceRecordController(ServiceRecords records) {
        this.records = records;
    }

    @PostMapping("/customers/{custId}/services")
    String record(DataScope scope, RedirectAttributes flash, @PathVariable String custId,
                  @RequestParam String serviceType,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                  LocalDateTime servedAt,
                  @RequestParam String content, @RequestParam String outcome,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                  LocalDate nextContactDate) {
        try {
            records.record(scope, new ServiceRecord(custId, scope.staffId(), serviceType, servedAt, content, outcome,
                    nextContactDate));
            flash.addFlashAttribute("notice", "服务记录已保存");
        } catch (IllegalArgumentException refused) {
            flash.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/customers/{custId}#services";
    }
}
