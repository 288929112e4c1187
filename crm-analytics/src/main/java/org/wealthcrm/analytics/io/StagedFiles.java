package org.wealthcrm.analytics.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.to_timestamp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wealthcrm.contract.extract.ExtractFile;
import org.wealthcrm.contract.extract.Field;

/**
 * The validated extract files of one business date ({@code <staged>/<YYYYMMDD>/<name>_<YYYYMMDD>.dat},
 * EXTRACTS.md layout): read as text with an explicit schema, then typed (amounts decimal(18,2),
 * nav decimal(10,4), dates from yyyyMMdd, empty field = null).
 */
public final class StagedFiles {

    /** The extracts the analytics read, with their columns as the bank's contract declares them. */
    public static final Map<String, List<String>> COLUMNS = columnsOf(ExtractFile.CBS_CUSTOMER,
            ExtractFile.CBS_ACCOUNT, ExtractFile.CBS_BALANCE, ExtractFile.CBS_TXN, ExtractFile.WM_HOLDING,
            ExtractFile.TA_FUND, ExtractFile.TA_NAV, ExtractFile.TA_SHARE, ExtractFile.TA_CONFIRM);
    /** Files read when present: crm_contact (cust_id|last_contact_date), the CRM's own contact log. */
    public static final Map<String, List<String>> OPTIONAL = Map.of(
            "crm_contact", List.of("cust_id", "last_contact_date"));
    private static final Set<String> DATES = Set.of("last_contact_date", "birth_date", "open_date", "risk_eval_date",
            "maturity_date", "close_date", "bal_date", "hold_date", "nav_date", "share_date", "confirm_date");
    private static final Set<String> AMOUNTS = Set.of("balance", "balance_cny", "amount", "amount_cny",
            "shares", "market_value_cny", "frozen_shares", "apply_amount", "confirm_amount",
            "confirm_shares", "fee");
    private static final Set<String> NAVS = Set.of("nav", "acc_nav");

    private final SparkSession spark;
    private final Path dayDir;
    private final String date;

    public StagedFiles(SparkSession spark, String stagedRoot, String businessDate) {
        this.spark = spark;
        this.dayDir = new Path(stagedRoot, businessDate);
        this.date = businessDate;
    }

    private static Map<String, List<String>> columnsOf(ExtractFile... files) {
        Map<String, List<String>> columns = new java.util.LinkedHashMap<>();
        for (ExtractFile file : files) {
            columns.put(file.baseName(), file.fields().stream().map(Field::name).toList());
        }
        return Map.copyOf(columns);
    }

    /** Fails naming every file of {@link #COLUMNS} that is missing. */
    public void requireAll() throws IOException {
        FileSystem fs = dayDir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        List<String> missing = new ArrayList<>();
        for (String name : COLUMNS.keySet().stream().sorted().toList()) {
            if (!fs.isFile(file(name))) {
                missing.add(file(name).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingInputException("missing input file(s): " + String.join(", ", missing));
        }
    }

    /** An optional file ({@link #OPTIONAL}); no rows when it does not exist. */
    public Dataset<Row> readOptional(String name) throws IOException {
        FileSystem fs = dayDir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.isFile(file(name))) {
            return read(name, OPTIONAL.get(name));
        }
        StructType empty = new StructType();
        for (String column : OPTIONAL.get(name)) {
            empty = empty.add(column, DATES.contains(column) ? DataTypes.DateType : DataTypes.StringType);
        }
        return spark.createDataFrame(List.of(), empty);
    }

    public Dataset<Row> read(String name) {
        return read(name, COLUMNS.get(name));
    }

    private Dataset<Row> read(String name, List<String> names) {
        StructType text = new StructType();
        for (String column : names) {
            text = text.add(column, DataTypes.StringType, true);
        }
        Dataset<Row> raw = spark.read().schema(text)
                .option("sep", "|").option("header", "false").option("encoding", "UTF-8")
                .option("quote", "\u0000").option("mode", "FAILFAST")
                .csv(file(name).toString());
        return raw.select(names.stream().map(StagedFiles::typed).toArray(Column[]::new));
    }

    private Path file(String name) {
        return new Path(dayDir, name + "_" + date + ".dat");
    }

    private static Column typed(String column) {
        Column text = nullif(col(column), lit(""));
        if (DATES.contains(column)) {
            return to_date(text, "yyyyMMdd").as(column);
        } else if (AMOUNTS.contains(column)) {
            return text.cast(DataTypes.createDecimalType(18, 2)).as(column);
        } else if (NAVS.contains(column)) {
            return text.cast(DataTypes.createDecimalType(10, 4)).as(column);
        } else if (column.equals("txn_time")) {
            return to_timestamp(text, "yyyyMMddHHmmss").as(column);
        }
        return text.as(column);
    }
}
