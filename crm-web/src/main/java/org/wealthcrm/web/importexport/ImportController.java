package org.wealthcrm.web.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.wealthcrm.web.bizdate.AsOf;
import org.wealthcrm.web.scope.DataScope;

/** 导入 /import: Excel upload of customers or service records, each limited by role, with the per-row report. */
@Controller
class ImportController {

    private final CustomerImport customers;
    private final ServiceRecordImport services;
    private final ExportPolicy policy;
    private final int maxRows;

    ImportController(CustomerImport customers, ServiceRecordImport services, ExportPolicy policy,
                     @Value("${crm.import.max-rows:" + ExcelRows.DEFAULT_MAX_ROWS + "}") int maxRows) {
        this.customers = customers;
        this.services = services;
        this.policy = policy;
        this.maxRows = maxRows;
    }

    @GetMapping("/import")
    String form(Model model) {
        model.addAllAttributes(ImportPage.attributes(policy));
        return "importexport/import";
    }


    @PostMapping("/import/customers")
    String importCustomers(DataScope scope, Model model, @RequestParam MultipartFile file,
                           @AsOf(latestOnly = true) LocalDate asOf) throws IOException {
        if (!policy.canImportCustomers()) {
            throw new AccessDeniedException("无权导入客户");
        }
        List<ExcelRows.Line> lines = read(file, CustomerImport.COLUMNS, model);
        if (lines != null) {
            model.addAttribute("report", customers.run(scope, lines, asOf));
        }
        return form(model);
    }

    @PostMapping("/import/services")
    String importServices(DataScope scope, Model model, @RequestParam MultipartFile file) throws IOException {
        if (!policy.canImportServices()) {
            throw new AccessDeniedException("无权导入服务记录");
        }
        List<ExcelRows.Line> lines = read(file, ServiceRecordImport.COLUMNS, model);
        if (lines != null) {
            model.addAttribute("report", services.run(scope, lines));
        }
        return form(model);
    }

    private List<ExcelRows.Line> read(MultipartFile file, int columns, Model model) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return ExcelRows.read(in, columns, maxRows);
        } catch (IllegalArgumentException unreadable) {
            model.addAttribute("refusal", unreadable.getMessage());
            return null;
        }
    }
}
