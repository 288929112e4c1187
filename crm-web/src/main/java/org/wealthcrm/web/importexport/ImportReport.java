package org.wealthcrm.web.importexport;

import java.util.List;

/** What an import did: how many rows it wrote, or (when any row was bad) nothing and every bad row with its reason. */
public record ImportReport(int imported, List<Problem> problems) {

    public record Problem(int rowNo, String reason) {
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
