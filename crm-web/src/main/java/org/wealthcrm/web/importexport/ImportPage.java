package org.wealthcrm.web.importexport;

import java.util.Map;

/** What the import page shows besides a report or refusal, for the controller and for {@link UploadLimit}. */
final class ImportPage {

    private ImportPage() {
    }

    static Map<String, Object> attributes(ExportPolicy policy) {
        return Map.of("canImportCustomers", policy.canImportCustomers(),
                "canImportServices", policy.canImportServices(),
                "customerHeaders", CustomerImport.HEADERS,
                "serviceHeaders", ServiceRecordImport.HEADERS);
    }
}
