package org.wealthcrm.web.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wealthcrm.web.bizdate.AsOf;
import org.wealthcrm.web.scope.DataScope;

/** 客户移交 and 分成调整, posted from the customer list and the customer page. */
@Controller
class OwnershipController {

    private final Ownership ownership;

    OwnershipController(Ownership ownership) {
        this.ownership = ownership;
    }

    @PostMapping("/ownership/transfer")
    String transfer(DataScope scope, RedirectAttributes flash, @RequestParam(required = false) List<String> custIds,
                    @RequestParam(required = false) String fromStaff, @RequestParam String toStaff,
                    @RequestParam(required = false) String reason, @AsOf(latestOnly = true) LocalDate asOf) {
        if (fromStaff != null && !fromStaff.isBlank()) {
            int moved = ownership.transferAll(scope, fromStaff, toStaff, reason, asOf);
            flash.addFlashAttribute("notice", "已将 " + fromStaff + " 的 " + moved + " 位客户移交给 " + toStaff);
        } else {
            ownership.transfer(scope, custIds == null ? List.of() : custIds, toStaff, reason, asOf);
            flash.addFlashAttribute("notice", "已移交 " + custIds.size() + " 位客户给 " + toStaff);
        }
        return "redirect:/customers";
    }

    /** {@code mainShare} for the main manager, {@code staffIds[i]} / {@code sharePcts[i]} for the assisting ones. */
    @PostMapping("/customers/{custId}/shares")
    String shares(DataScope scope, RedirectAttributes flash, @PathVariable String custId,
                  @RequestParam String mainStaff, @RequestParam BigDecimal mainShare,
                  @RequestParam(required = false) List<String> staffIds,
                  @RequestParam(required = false) List<BigDecimal> sharePcts,
                  @AsOf(latestOnly = true) LocalDate asOf) {
        List<Share> assisting = new ArrayList<>();
        int count = staffIds == null ? 0 : staffIds.size();
        for (int i = 0; i < count; i++) {
            if (!staffIds.get(i).isBlank()) {
                assisting.add(new Share(staffIds.get(i).strip(), i < sharePcts.size() ? sharePcts.get(i) : null));
            }
        }
        ownership.setShares(scope, custId, new Shares(new Share(mainStaff, mainShare), assisting), asOf);
        flash.addFlashAttribute("notice", "分成已保存");
        return "redirect:/customers/{custId}";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String refused(IllegalArgumentException refused, RedirectAttributes flash) {
        flash.addFlashAttribute("refusal", refused.getMessage());
        return "redirect:/customers";
    }
}
