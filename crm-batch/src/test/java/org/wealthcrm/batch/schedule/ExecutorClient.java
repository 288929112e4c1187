package org.wealthcrm.batch.schedule;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/** Talks to the executor as the XXL-Job admin does: JSON POSTs with the access token header. */
record ExecutorClient(int port, String token) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Gson GSON = new Gson();

    JsonObject post(String path, Map<String, ?> body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(GSON.toJson(body)));
        if (token != null) {
            request.header("XXL-JOB-ACCESS-TOKEN", token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return GSON.fromJson(response.body(), JsonObject.class);
    }

    /** A TriggerRequest as the admin sends it for a BEAN job. */
    JsonObject run(int jobId, String handler, String params, long logId, long logDateTime)
            throws IOException, InterruptedException {
        return post("/run", Map.of("jobId", jobId, "executorHandler", handler, "executorParams", params,
                "executorBlockStrategy", "SERIAL_EXECUTION", "executorTimeout", 0, "logId", logId,
                "logDateTime", logDateTime, "glueType", "BEAN", "glueSource", "", "glueUpdatetime", logDateTime));
    }

    /** The job log from line 1 (the admin's field is really called logDateTim). */
    String log(long logId, long logDateTime) throws IOException, InterruptedException {
        JsonObject response = post("/log", Map.of("logDateTim", logDateTime, "logId", logId, "fromLineNum", 1));
        JsonObject data = response.getAsJsonObject("data");
        return data == null || data.get("logContent") == null || data.get("logContent").isJsonNull() ? ""
                : data.get("logContent").getAsString();
    }
}
