package org.wealthcrm.web.importexport;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.dictionary.Dictionary;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.service.ServiceRecord;
import org.wealthcrm.web.service.ServiceRecords;

/**
 * Imports the importer's own service records from Excel, all or nothing, with the same checks as the form (scope,
 * pool, dictionary); type and outcome may be given by code or by name.
 */
@Service
class ServiceRecordImport {

    static final int COLUMNS = 6;
    static final List<String> HEADERS = List.of("客户号", "服务方式", "服务时间", "服务内容", "服务结果", "下次联系日期");

    private final ServiceRecords records;
    private final Dictionary dictionary;

    ServiceRecordImport(ServiceRecords records, Dictionary dictionary) {
        this.records = records;
        this.dictionary = dictionary;
    }

    @Transactional
    public ImportReport run(DataScope scope, List<ExcelRows.Line> lines) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        List<ServiceRecord> checked = new ArrayList<>();
        for (ExcelRows.Line line : lines) {
            try {
                ServiceRecord record = record(scope, line);
                records.check(scope, record);
                checked.add(record);
            } catch (IllegalArgumentException | OutOfScopeException bad) {
                problems.add(new ImportReport.Problem(line.rowNo(), bad.getMessage()));
            }
        }
        if (lines.isEmpty()) {
            problems.add(new ImportReport.Problem(1, "文件中没有数据行"));
        }
        if (!problems.isEmpty()) {
            return new ImportReport(0, problems);
        }
        checked.forEach(record -> records.record(scope, record));
        return new ImportReport(checked.size(), List.of());
    }

    private ServiceRecord record(DataScope scope, ExcelRows.Line line) {
        return new ServiceRecord(line.cell(0), scope.staffId(),
                dictionary.codeOf(Dictionary.SERVICE_TYPE, line.cell(1)), dateTime(line.cell(2)), line.cell(3),
                dictionary.codeOf(Dictionary.SERVICE_OUTCOME, line.cell(4)),
                line.cell(5).isEmpty() ? null : date(line.cell(5)));
    }

    private static LocalDateTime dateTime(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            String iso = text.replace(' ', 'T');
            return iso.length() == 10 ? LocalDate.parse(iso).atStartOfDay() : LocalDateTime.parse(iso);
        } catch (DateTimeParseException bad) {
            throw new IllegalArgumentException("服务时间格式应为 2026-11-20 15:30");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException bad) {
            throw new IllegalArgumentException("下次联系日期格式应为 2026-12-01");
        }
    }
}
