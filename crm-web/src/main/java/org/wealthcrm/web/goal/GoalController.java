package org.wealthcrm.web.goal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.wealthcrm.web.bizdate.BusinessDates;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;

/** 目标管理 /goals: a unit's monthly targets and completion, and the split of a target over the unit's children. */
@Controller
class GoalController {

    private final GoalBoard board;
    private final GoalSplits splits;
    private final BusinessDates dates;

    GoalController(GoalBoard board, GoalSplits splits, BusinessDates dates) {
        this.board = board;
        this.splits = splits;
        this.dates = dates;
    }

    @GetMapping("/goals")
    String board(DataScope scope, @RequestParam(required = false) String month,
                 @RequestParam(required = false) String unit, Model model) {
        model.addAttribute("board", board.board(scope, month(month), unit));
        return "goal/board";
    }

    @GetMapping("/goals/split")
    String splitForm(DataScope scope, @RequestParam String month, @RequestParam String unit,
                     @RequestParam String metric, Model model) {
        GoalBoard.Board shown = board.board(scope, month(month), unit);
        if (!shown.canSplit()) {
            throw new OutOfScopeException("只有本单位负责人或总行可以拆分目标");
        }
        GoalMetric chosen = GoalMetric.of(metric);
        model.addAttribute("board", shown);
        model.addAttribute("panel", shown.panels().stream().filter(p -> p.metric() == chosen).findFirst()
                .orElseThrow());
        return "goal/split";
    }

    @PostMapping("/goals/split")
    String split(DataScope scope, @RequestParam String month, @RequestParam String unit, @RequestParam String metric,
                 @RequestParam List<String> child, @RequestParam List<String> value,
                 @RequestParam(defaultValue = "false") boolean draft, RedirectAttributes redirect) {
        String back = UriComponentsBuilder.fromPath("/goals").queryParam("month", month).queryParam("unit", unit)
                .encode().toUriString();
        try {
            splits.split(scope, month(month), unit, GoalMetric.of(metric), parts(child, value), draft);
            redirect.addFlashAttribute("notice", draft ? "已保存为草稿（未校验合计）" : "目标已拆分");
            return "redirect:" + back;
        } catch (InvalidSplitException refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
            return "redirect:" + UriComponentsBuilder.fromPath("/goals/split").queryParam("month", month)
                    .queryParam("unit", unit).queryParam("metric", metric).encode().toUriString();
        }
    }

    private static Map<String, BigDecimal> parts(List<String> children, List<String> values) {
        if (children.size() != values.size()) {
            throw new InvalidSplitException("拆分数据不完整");
        }
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        for (int i = 0; i < children.size(); i++) {
            String text = values.get(i).strip().replace(",", "");
            try {
                parts.put(children.get(i), text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text));
            } catch (NumberFormatException notNumber) {
                throw new InvalidSplitException("目标值须为数字：" + values.get(i));
            }
        }
        return parts;
    }

    private YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(dates.resolve(null));
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException bad) {
            throw new InvalidSplitException("月份格式应为 yyyy-MM：" + month);
        }
    }
}
