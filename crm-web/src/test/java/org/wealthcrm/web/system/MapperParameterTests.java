package org.wealthcrm.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** SQL injection by construction: every MyBatis statement binds its values with #{}, none splices text with ${}. */
class MapperParameterTests {

    private static final Path MAPPERS = Path.of("src/main/resources/org/wealthcrm/web");

    @Test
    void mapperXmlWhenScannedThenNoTextSubstitution() throws IOException {
        List<Path> xmls;
        try (Stream<Path> files = Files.walk(MAPPERS)) {
            xmls = files.filter(file -> file.toString().endsWith("Mapper.xml")).toList();
        }
        assertThat(xmls).hasSizeGreaterThanOrEqualTo(20);
        for (Path xml : xmls) {
            assertThat(Files.readString(xml)).as(xml.toString()).doesNotContain("${");
        }
    }
}
