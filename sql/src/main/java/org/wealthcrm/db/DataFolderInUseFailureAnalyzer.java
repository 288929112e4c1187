package org.wealthcrm.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a data folder in use as one line and what to do, instead of a stack trace. */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop process " + cause.pid() + ", or start this one with --crm.db.embedded.data-dir=<another folder>"
                        + " (and another --crm.db.embedded.port).", cause);
    }
}
