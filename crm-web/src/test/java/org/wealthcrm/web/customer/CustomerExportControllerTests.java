package org.wealthcrm.web.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Sheet;
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
class CustomerExportControllerTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    @WithUserDetails("bm1")
    void exportWhenBranchManagerFiltersVip2ThenWorkbookWithTheOneCustomerInScope() throws Exception {
        byte[] file = mvc.perform(get("/customers/export.xlsx").param("tier", "VIP2"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("客户号");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("C002");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("13900002222");
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1250000.50);
        }
    }

    @Test
    @WithUserDetails("rm1")
    void exportWhenRelationshipManagerThenForbidden() throws Exception {
        mvc.perform(get("/customers/export.xlsx")).andExpect(status().isForbidden());
    }
}
