package org.wealthcrm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every mapper statement with an Oracle variant ({@code databaseId="oracle"} in the mapper XML) runs in a test in
 * Oracle mode: the {@code *OracleTests} are run here once more and {@link OracleDialect} notes what they executed.
 */
class OracleStatementCoverageTests {

    @Test
    void runOracleTestsWhenDoneThenEveryOracleVariantOfTheMapperXmlWasExecuted() throws Exception {
        Set<String> variants = oracleVariants();
        assertThat(variants).contains("org.wealthcrm.web.pool.PoolMapper.isPooled",
                "org.wealthcrm.web.sms.SmsMapper.nextId", "org.wealthcrm.web.customer.CustomerMapper.findCustomers");

        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("org.wealthcrm.web"))
                .filters(includeClassNamePatterns(".*OracleTests"), includeEngines("junit-jupiter"))
                .build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getFailures()).as("failures of the Oracle tests").isEmpty();
        assertThat(summary.getTestsSucceededCount()).isPositive();

        Set<String> notExecuted = new TreeSet<>(variants);
        notExecuted.removeAll(OracleDialect.executedOracleStatements());
        assertThat(notExecuted).as("Oracle variants of the mapper XML that no *OracleTests executes").isEmpty();
    }

    /** {@code namespace.id} of each statement that has {@code databaseId="oracle"} in the mapper XML. */
    private static Set<String> oracleVariants() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Set<String> variants = new TreeSet<>();
        for (Resource xml : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:org/wealthcrm/web/**/*Mapper.xml")) {
            Element mapper = parse(builder, xml).getDocumentElement();
            NodeList statements = mapper.getChildNodes();
            for (int i = 0; i < statements.getLength(); i++) {
                if (statements.item(i) instanceof Element statement
                        && "oracle".equals(statement.getAttribute("databaseId"))) {
                    variants.add(mapper.getAttribute("namespace") + "." + statement.getAttribute("id"));
                }
            }
        }
        return variants;
    }

    private static Document parse(DocumentBuilder builder, Resource xml) throws Exception {
        try (InputStream in = xml.getInputStream()) {
            return builder.parse(in);
        } catch (IOException e) {
            throw new IOException(xml.getDescription(), e);
        }
    }
}
