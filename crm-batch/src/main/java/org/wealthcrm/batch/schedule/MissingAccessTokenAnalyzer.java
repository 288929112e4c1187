package org.wealthcrm.batch.schedule;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up refused for a missing token: Spring Boot prints the one-line reason instead of a stack trace. */
class MissingAccessTokenAnalyzer extends AbstractFailureAnalyzer<MissingAccessToken> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAccessToken cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Start with --crm.xxl.access-token=<token>, or --crm.xxl.allow-empty-token=true for a demo.", cause);
    }
}
