package org.wealthcrm.web.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves the chart definitions packaged from the repository's {@code dashboards/} folder
 * ({@code classpath:dashboards/<id>.json}); the pages build their ECharts charts from them.
 */
@RestController
class DashboardController {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,60}");

    @GetMapping(value = "/api/dashboards/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> definition(@PathVariable String id) throws IOException {
        if (!ID.matcher(id).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ClassPathResource resource = new ClassPathResource("dashboards/" + id + ".json");
        if (!resource.exists()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try (InputStream in = resource.getInputStream()) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(in.readAllBytes());
        }
    }
}
