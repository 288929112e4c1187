package org.wealthcrm.web.importexport;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

@CrmWebTest
@Transactional
class ImportControllerTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    private static MockMultipartFile file(List<String> header, List<List<String>> rows) throws Exception {
        return new MockMultipartFile("file", "data.xlsx", "application/octet-stream", Workbooks.xlsx(header, rows));
    }

    @Test
    @WithUserDetails("rm1")
    void importCustomersWhenRelationshipManagerThenForbidden() throws Exception {
        mvc.perform(multipart("/import/customers").file(file(CustomerImport.HEADERS, List.of())).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("rm1")
    void importServicesWhenBadRowThenPageListsRowAndReason() throws Exception {
        mvc.perform(multipart("/import/services").with(csrf()).file(file(ServiceRecordImport.HEADERS, List.of(
                        List.of("C003", "CALL", "2026-11-18 11:00", "到期提醒", "FOLLOW", "")))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("整个文件未导入")))
                .andExpect(content().string(containsString("无权访问该客户")));
    }

    @Test
    @WithUserDetails("rm1")
    void importServicesWhenNotAnExcelFileThenRefusedOnPage() throws Exception {
        mvc.perform(multipart("/import/services").with(csrf())
                        .file(new MockMultipartFile("file", "x.xlsx", "text/plain", "hello".getBytes())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不是有效的Excel文件")));
    }
}
