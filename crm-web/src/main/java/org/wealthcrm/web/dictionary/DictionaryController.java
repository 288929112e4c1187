package org.wealthcrm.web.dictionary;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** 数据字典 /dictionary: administrators maintain the option lists. */
@Controller
class DictionaryController {

    private final Dictionary dictionary;

    DictionaryController(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    @GetMapping("/dictionary")
    String list(HttpServletRequest request, Model model) {
        requireAdmin(request);
        model.addAttribute("items", dictionary.all());
        return "dictionary/list";
    }

    @PostMapping("/dictionary")
    String save(HttpServletRequest request, RedirectAttributes flash, @RequestParam String dictType,
                @RequestParam String itemCode, @RequestParam String itemName,
                @RequestParam(defaultValue = "0") int sortNo, @RequestParam(defaultValue = "false") boolean enabled) {
        requireAdmin(request);
        try {
            dictionary.save(new DictionaryItem(dictType, itemCode, itemName, sortNo, enabled));
            flash.addFlashAttribute("notice", "已保存 " + itemName);
        } catch (IllegalArgumentException refused) {
            flash.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/dictionary";
    }

    private static void requireAdmin(HttpServletRequest request) {
        if (!request.isUserInRole("ADMIN")) {
            throw new AccessDeniedException("仅系统管理员可维护数据字典");
        }
    }
}
