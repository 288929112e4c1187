package org.wealthcrm.web.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

@CrmWebTest
class WorkbenchControllerTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    @WithUserDetails("hq1")
    void homeWhenHeadOfficeThenCountsLinkToTheirLists() throws Exception {
        mvc.perform(get("/workbench"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/workbench/churn-alerts\"")))
                .andExpect(content().string(containsString("流失预警")));
        mvc.perform(get("/workbench/churn-alerts"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("孙八")))
                .andExpect(content().string(not(containsString("周九"))));
    }

    @Test
    @WithUserDetails("hq1")
    void exportWhenHeadOfficeThenChurnAlertsAsWorkbook() throws Exception {
        byte[] file = mvc.perform(get("/workbench/churn-alerts/export.xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("孙八");
            assertThat(book.getSheetAt(0).getRow(1).getCell(4).getNumericCellValue()).isEqualTo(0.6);
        }
    }

    @Test
    @WithUserDetails("rm1")
    void exportWhenRelationshipManagerThenForbidden() throws Exception {
        mvc.perform(get("/workbench/churn-alerts/export.xlsx")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("rm1")
    void listWhenUnknownListThen403() throws Exception {
        mvc.perform(get("/workbench/everything")).andExpect(status().isForbidden());
    }
}
