package org.wealthcrm.batch.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wealthcrm.contract.extract.ExtractFile;
import org.wealthcrm.contract.extract.Field;

/**
 * How the accepted lines of one extract land in the operational database: the table, which extract fields fill
 * which columns (in order), constant columns, and whether rows are upserted (master data) or inserted (the
 * date's facts, which are deleted for the date before a run). Files without a table (cbs_txn, crm_assign) are
 * only staged for the analytics and the assignment step.
 */
record TableLoad(String table, List<String> fields, List<String> columns, Map<String, Object> constants,
                 List<String> keys, boolean upsert, boolean withBizDate) {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    String sql(SqlDialect dialect) {
        List<String> all = new ArrayList<>(constants.keySet());
        all.addAll(columns);
        if (withBizDate) {
            all.add("biz_date");
        }
        return upsert ? dialect.upsert(table, all, keys) : dialect.insert(table, all);
    }

    Object[] parameters(ExtractFile file, String[] values, LocalDate businessDate) {
        List<Object> params = new ArrayList<>(constants.values());
        for (String name : fields) {
            int index = file.fieldIndex(name);
            params.add(convert(file.fields().get(index), values[index]));
        }
        if (withBizDate) {
            params.add(businessDate);
        }
        return params.toArray();
    }

    static Object convert(Field field, String value) {
        if (value.isEmpty()) {
            return null;
        }
        return switch (field.type()) {
            case DATE -> LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
            case TIMESTAMP -> LocalDateTime.parse(value, TIMESTAMP);
            case DECIMAL -> new BigDecimal(value);
            default -> value;
        };
    }
}
