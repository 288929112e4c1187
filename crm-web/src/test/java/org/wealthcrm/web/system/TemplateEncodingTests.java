package org.wealthcrm.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Output encoding by construction: pages write values with th:text (escaped), never unescaped th:utext. */
class TemplateEncodingTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void templatesWhenScannedThenNoUnescapedText() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(30);
        for (Path page : pages) {
            assertThat(Files.readString(page)).as(page.toString()).doesNotContain("th:utext", "[(${");
        }
    }
}
