package org.wealthcrm.web.customer;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wealthcrm.web.scope.DataScope;

/** 编辑客户资料 /customers/{id}/edit. */
@Controller
class CustomerEditController {

    private final CustomerEditing editing;

    CustomerEditController(CustomerEditing editing) {
        this.editing = editing;
    }

    @GetMapping("/customers/{custId}/edit")
    String form(DataScope scope, Model model, RedirectAttributes flash, @PathVariable String custId) {
        try {
            model.addAttribute("edit", editing.current(scope, custId));
        } catch (IllegalArgumentException refused) {
            flash.addFlashAttribute("refusal", refused.getMessage());
            return "redirect:/customers/{custId}";
        }
        model.addAttribute("custId", custId);
        return "customer/edit";
    }

    @PostMapping("/customers/{custId}/edit")
    String save(DataScope scope, Model model, RedirectAttributes flash, @PathVariable String custId,
                @RequestParam String custName, @RequestParam(required = false) String gender,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
                @RequestParam String mobile, @RequestParam(required = false) String province,
                @RequestParam(required = false) String city) {
        CustomerEdit edit = new CustomerEdit(custName, gender, birthDate, mobile, province, city);
        try {
            List<String> changed = editing.save(scope, custId, edit);
            flash.addFlashAttribute("notice", changed.isEmpty() ? "资料无变化" : "已保存 " + changed.size() + " 项修改");
            return "redirect:/customers/{custId}";
        } catch (IllegalArgumentException refused) {
            model.addAttribute("edit", edit);
            model.addAttribute("custId", custId);
            model.addAttribute("refusal", refused.getMessage());
            return "customer/edit";
        }
    }
}
