package org.wealthcrm.web.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.Fixture;
import org.wealthcrm.web.TestFixture;

/** Uploads: at most 5 MB (over real HTTP, Tomcat's multipart limit) and crm.import.max-rows (10000) rows. */
@CrmWebTest
class UploadLimitTests {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "crmUploadBoundary";

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;

    @Test
    void readWhenMoreRowsThanTheLimitThenRefusedWithTheLimitInTheMessage() throws Exception {
        byte[] fourRows = Workbooks.xlsx(ServiceRecordImport.HEADERS, Collections.nCopies(4, List.of("C001")));

        assertThat(ExcelRows.read(new ByteArrayInputStream(fourRows), 6, 4)).hasSize(4);
        assertThatThrownBy(() -> ExcelRows.read(new ByteArrayInputStream(fourRows), 6, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("文件超过3行的上限，请拆分成多个文件后导入");
    }

    @Test
    @WithUserDetails("rm1")
    void importServicesWhenMoreThanTenThousandRowsThenRefusedOnPage() throws Exception {
        List<List<String>> rows = new ArrayList<>(Collections.nCopies(10_001, List.of("C001")));
        MockMultipartFile file = new MockMultipartFile("file", "big.xlsx", "application/octet-stream",
                Workbooks.xlsx(ServiceRecordImport.HEADERS, rows));

        String html = new String(TestFixture.mockMvc(context).perform(multipart("/import/services").file(file)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(html).contains("文件超过10000行的上限，请拆分成多个文件后导入").doesNotContain("导入成功");
    }

    @Test
    void importFormWhenFileLargerThanFiveMegabytesThenChinesePageNotAServerError() throws Exception {
        HttpResponse<String> refused = upload(true);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("文件过大", "文件超过5MB的上限，请拆分成多个文件后导入")
                .doesNotContain("Exception");
    }

    @Test
    void importWhenFileLargerThanFiveMegabytesAndTokenInHeaderThenImportPageWithMessage() throws Exception {
        HttpResponse<String> refused = upload(false);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("文件超过5MB的上限，请拆分成多个文件后导入", "导入服务记录");
    }

    /** 5 MB + 1 byte to /import/services as rm1: the CSRF token in the form (as a browser) or in the header. */
    private HttpResponse<String> upload(boolean tokenInForm) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String session = signIn(http, "rm1");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(url("/import"))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        String csrf = first(CSRF_FIELD.matcher(page.body()));
        HttpRequest.Builder request = HttpRequest.newBuilder(url("/import/services"))
                .header("Cookie", "JSESSIONID=" + session).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
        if (!tokenInForm) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        byte[] body = multipartBody(tokenInForm ? csrf : null, 5 * 1024 * 1024 + 1);
        return http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String signIn(HttpClient http, String username) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(url("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = "username=" + username + "&password=" + Fixture.PASSWORD + "&_csrf="
                + URLEncoder.encode(first(CSRF_FIELD.matcher(form.body())), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(url("/login"))
                .header("Cookie", "JSESSIONID=" + cookie(form))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return cookie(signedIn);
    }

    /** As a browser posts the import form: the CSRF field (if any) first, then the file. */
    private static byte[] multipartBody(String csrf, int fileBytes) {
        String field = csrf == null ? ""
                : "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n";
        String head = field + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] t = tail.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + fileBytes + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(t, 0, all, h.length + fileBytes, t.length);
        return all;
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse("");
    }

    private static String first(Matcher matcher) {
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
