package org.wealthcrm.contract.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The thirteen upstream files of EXTRACTS.md with their layout and naming. */
public enum ExtractFile {
    CBS_CUSTOMER("cbs", "customer", FileKind.SNAPSHOT, Layouts.CBS_CUSTOMER, null, "cust_id"),
    CBS_ACCOUNT("cbs", "account", FileKind.SNAPSHOT, Layouts.CBS_ACCOUNT, null, "acct_no"),
    CBS_BALANCE("cbs", "balance", FileKind.SNAPSHOT, Layouts.CBS_BALANCE, "bal_date", "acct_no"),
    CBS_TXN("cbs", "txn", FileKind.EVENT, Layouts.CBS_TXN, "txn_time", "txn_id"),
    WM_PRODUCT("wm", "product", FileKind.SNAPSHOT, Layouts.WM_PRODUCT, null, "prod_code"),
    WM_HOLDING("wm", "holding", FileKind.SNAPSHOT, Layouts.WM_HOLDING, "hold_date", "cust_id", "prod_code"),
    TA_FUND("ta", "fund", FileKind.SNAPSHOT, Layouts.TA_FUND, null, "fund_code"),
    TA_NAV("ta", "nav", FileKind.EVENT, Layouts.TA_NAV, "nav_date", "fund_code"),
    TA_SHARE("ta", "share", FileKind.SNAPSHOT, Layouts.TA_SHARE, "share_date", "ta_acct", "fund_code"),
    TA_CONFIRM("ta", "confirm", FileKind.EVENT, Layouts.TA_CONFIRM, "confirm_date", "confirm_no"),
    HR_ORG("hr", "org", FileKind.SNAPSHOT, Layouts.HR_ORG, null, "org_code"),
    HR_STAFF("hr", "staff", FileKind.SNAPSHOT, Layouts.HR_STAFF, null, "staff_id"),
    CRM_ASSIGN("crm", "assign", FileKind.SNAPSHOT, Layouts.CRM_ASSIGN, null, "cust_id", "staff_id");

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final String system;
    private final String table;
    private final FileKind kind;
    private final List<Field> fields;
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final int recordDateIndex;
    private final List<String> keyFields;

    ExtractFile(String system, String table, FileKind kind, List<Field> fields, String recordDateField,
                String... keyFields) {
        this.system = system;
        this.table = table;
        this.kind = kind;
        this.fields = fields;
        for (int i = 0; i < fields.size(); i++) {
            indexByName.put(fields.get(i).name(), i);
        }
        this.recordDateIndex = recordDateField == null ? -1 : indexByName.get(recordDateField);
        this.keyFields = List.of(keyFields);
    }

    public String system() {
        return system;
    }

    public String table() {
        return table;
    }

    /** {@code cbs_customer}: the file name stem without date and extension. */
    public String baseName() {
        return system + "_" + table;
    }

    public FileKind kind() {
        return kind;
    }

    public List<Field> fields() {
        return fields;
    }

    public int fieldCount() {
        return fields.size();
    }

    /** Index of the named field, or -1 when this file has no such field. */
    public int fieldIndex(String name) {
        Integer index = indexByName.get(name);
        return index == null ? -1 : index;
    }

    /** Index of the field that must carry the business date (bal_date, txn_time, ...), or -1. */
    public int recordDateIndex() {
        return recordDateIndex;
    }

    /** Fields that identify a record uniquely within one delivery of this file. */
    public List<String> keyFields() {
        return keyFields;
    }

    /** Every file must be delivered for every business date except the bootstrap-only crm_assign. */
    public boolean required() {
        return this != CRM_ASSIGN;
    }

    /** {@code cbs_customer_20261120.dat}. */
    public String fileName(LocalDate businessDate) {
        return baseName() + "_" + businessDate.format(YYYYMMDD) + ".dat";
    }

    /** {@code cbs_customer_20261120.ok}: the control file of the same name ending .ok. */
    public String controlFileName(LocalDate businessDate) {
        return baseName() + "_" + businessDate.format(YYYYMMDD) + ".ok";
    }

    /** The file whose data or control file name this is ({@code cbs_customer_20261120.dat}), if any. */
    public static Optional<ExtractFile> ofFileName(String fileName) {
        String stem = fileName.endsWith(".dat") ? fileName.substring(0, fileName.length() - 4)
            : fileName.endsWith(".ok") ? fileName.substring(0, fileName.length() - 3) : "";
        int dateStart = stem.length() - 8;
        if (dateStart < 2 || stem.charAt(dateStart - 1) != '_' || !isDigits(stem, dateStart)) {
            return Optional.empty();
        }
        String base = stem.substring(0, dateStart - 1);
        for (ExtractFile file : values()) {
            if (file.baseName().equals(base)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private static boolean isDigits(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
