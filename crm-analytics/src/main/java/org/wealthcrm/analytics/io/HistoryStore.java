package org.wealthcrm.analytics.io;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wealthcrm.analytics.aum.Aum;
import org.wealthcrm.analytics.churn.DailyInputs;

/**
 * Parquet history, one directory per date: {@code customer_day/biz_date=YYYYMMDD} and
 * {@code fund_nav/nav_date=YYYYMMDD}. A run overwrites only its own date's directory; a
 * directory counts as a day with data once Spark has written its _SUCCESS marker.
 */
public final class HistoryStore {

    public static final Table CUSTOMER_DAY = new Table("customer_day", "biz_date", new StructType()
            .add("cust_id", DataTypes.StringType).add("aum", Aum.AUM_TYPE)
            .add("activity_count", DataTypes.LongType)
            // churn-feature inputs; partitions written before they existed read them as null
            .add("interbank_out_cny", DailyInputs.AMOUNT).add("total_out_cny", DailyInputs.AMOUNT)
            .add("category_mask", DataTypes.IntegerType).add("td_maturing_30d", DailyInputs.AMOUNT)
            .add("open_date", DataTypes.DateType).add("birth_date", DataTypes.DateType)
            .add("last_contact_date", DataTypes.DateType)
            // propensity inputs (PurchaseInputs); earlier partitions read them as null = no purchase / 0
            .add("purchase_mask", DataTypes.IntegerType).add("dd_cny", DailyInputs.AMOUNT));
    /** The day's wealth-product shares, to tell a new or increased holding (a purchase) the next day. */
    public static final Table WM_HOLDING = new Table("wm_holding", "biz_date", new StructType()
            .add("cust_id", DataTypes.StringType).add("prod_code", DataTypes.StringType)
            .add("shares", DataTypes.createDecimalType(20, 2)));
    public static final Table FUND_NAV = new Table("fund_nav", "nav_date", new StructType()
            .add("fund_code", DataTypes.StringType).add("nav", DataTypes.createDecimalType(10, 4)));
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** A partitioned history table; {@code columns} excludes the partition column. */
    public record Table(String name, String partitionColumn, StructType columns) {
    }

    private final SparkSession spark;
    private final Path root;

    public HistoryStore(SparkSession spark, String root) {
        this.spark = spark;
        this.root = new Path(root);
    }

    public void overwrite(Table table, LocalDate date, Dataset<Row> rows) {
        Column[] columns = Arrays.stream(table.columns().fields())
                .map(f -> col(f.name()).cast(f.dataType()))
                .toArray(Column[]::new);
        rows.select(columns).write().mode(SaveMode.Overwrite).parquet(partition(table, date).toString());
    }

    /** Dates from..to (both inclusive; from may be null for "since ever") that hold data. */
    public List<LocalDate> datesWithData(Table table, LocalDate from, LocalDate to) throws IOException {
        Path dir = new Path(root, table.name());
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        List<LocalDate> dates = new ArrayList<>();
        if (!fs.exists(dir)) {
            return dates;
        }
        String prefix = table.partitionColumn() + "=";
        for (FileStatus status : fs.listStatus(dir)) {
            String name = status.getPath().getName();
            if (status.isDirectory() && name.matches(prefix + "\\d{8}")
                    && fs.exists(new Path(status.getPath(), "_SUCCESS"))) {
                LocalDate date = LocalDate.parse(name.substring(prefix.length()), YYYYMMDD);
                if ((from == null || !date.isBefore(from)) && !date.isAfter(to)) {
                    dates.add(date);
                }
            }
        }
        dates.sort(null);
        return dates;
    }

    /** Reads the given dates' partitions; the partition column comes back as text YYYYMMDD. */
    public Dataset<Row> read(Table table, List<LocalDate> dates) {
        StructType schema = table.columns().add(table.partitionColumn(), DataTypes.StringType);
        if (dates.isEmpty()) {
            return spark.createDataFrame(List.of(), schema);
        }
        String[] paths = dates.stream().map(d -> partition(table, d).toString()).toArray(String[]::new);
        return spark.read().schema(schema)
                .option("basePath", new Path(root, table.name()).toString())
                .parquet(paths);
    }

    private Path partition(Table table, LocalDate date) {
        return new Path(new Path(root, table.name()), table.partitionColumn() + "=" + YYYYMMDD.format(date));
    }
}
