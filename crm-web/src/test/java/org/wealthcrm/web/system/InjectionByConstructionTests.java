package org.wealthcrm.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Injection closed by construction: every MyBatis statement binds values with #{} (never splices text with ${}),
 * and every page writes values escaped (th:text, never th:utext or [(...)]).
 */
class InjectionByConstructionTests {

    @Test
    void mapperXmlWhenScannedThenNoTextSubstitution() throws IOException {
        List<Path> mappers = files("src/main/resources/org/wealthcrm/web", "Mapper.xml");
        assertThat(mappers).hasSizeGreaterThanOrEqualTo(20);
        for (Path xml : mappers) {
            assertThat(Files.readString(xml)).as(xml.toString()).doesNotContain("${");
        }
    }

    @Test
    void templatesWhenScannedThenNoUnescapedText() throws IOException {
        List<Path> pages = files("src/main/resources/templates", ".html");
        assertThat(pages).hasSizeGreaterThanOrEqualTo(30);
        for (Path page : pages) {
            assertThat(Files.readString(page)).as(page.toString()).doesNotContain("th:utext", "[(${");
        }
    }

    private static List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            return files.filter(file -> file.toString().endsWith(suffix)).toList();
        }
    }
}
