package org.wealthcrm.web.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wealthcrm.web.scope.DataScope;

/** /search?q=: the quick search box in the nav bar lands here. */
@Controller
class SearchController {

    private final QuickSearch search;

    SearchController(QuickSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(DataScope scope, Model model, @RequestParam(defaultValue = "") String q) {
        model.addAttribute("q", q);
        model.addAttribute("hits", search.search(scope, q));
        return "search/results";
    }
}
