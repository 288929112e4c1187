package org.wealthcrm.web.operations;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** 运营: the nightly runs, read-only. Security limits it to operations, administrators and head office. */
@Controller
class OperationsController {

    static final int RUNS_SHOWN = 60;
    static final int REJECTS_SHOWN = 100;

    private final OperationsMapper mapper;

    OperationsController(OperationsMapper mapper) {
        this.mapper = mapper;
    }

    @GetMapping("/operations/runs")
    String runs(Model model) {
        model.addAttribute("runs", mapper.findRuns(RUNS_SHOWN));
        return "operations/runs";
    }

    @GetMapping("/operations/runs/{runId}")
    String run(@PathVariable long runId, Model model) {
        RunRows.Run run = mapper.findRun(runId);
        if (run == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("run", run);
        model.addAttribute("files", mapper.findFiles(runId));
        model.addAttribute("rejectCounts", mapper.findRejectCounts(run.bizDate()));
        model.addAttribute("rejects", mapper.findRejects(run.bizDate(), REJECTS_SHOWN));
        model.addAttribute("rejectsShown", REJECTS_SHOWN);
        return "operations/run";
    }
}
