package org.wealthcrm.analytics.churn;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.wealthcrm.analytics.aum.Positions;

/** The per-day inputs of the churn features that the nightly job adds to its customer_day history. */
public final class DailyInputs {

    public static final DecimalType AMOUNT = DataTypes.createDecimalType(20, 2);
    static final List<String> SYSTEM_TXN_CODES = List.of("5001", "5002");

    private DailyInputs() {
    }

    /**
     * @return cust_id, total_out_cny (customer-initiated debits), interbank_out_cny (txn_code 2002
     *         with a counterparty bank) of the day's cbs_txn; customers without a debit left out
     */
    public static Dataset<Row> dailyOutflows(Dataset<Row> txns) {
        Column debit = col("direction").equalTo("D").and(col("txn_code").isin(SYSTEM_TXN_CODES.toArray()).unary_$bang());
        Column interbank = col("txn_code").equalTo("2002").and(col("counterparty_bank").isNotNull());
        return txns.where(debit)
                .groupBy("cust_id")
                .agg(sum("amount_cny").cast(AMOUNT).as("total_out_cny"),
                        sum(when(interbank, col("amount_cny")).otherwise(lit(0))).cast(AMOUNT).as("interbank_out_cny"));
    }

    /** @return cust_id, category_mask: bit i set when category i of Positions.CATEGORIES is held (> 0) */
    public static Dataset<Row> categoryMask(Dataset<Row> positions) {
        Column bit = lit(0);
        for (int i = 0; i < Positions.CATEGORIES.size(); i++) {
            bit = when(col("category").equalTo(Positions.CATEGORIES.get(i)), lit(1 << i)).otherwise(bit);
        }
        return positions.where(col("value").gt(0))
                .groupBy("cust_id")
                .agg(org.apache.spark.sql.functions.bit_or(bit).as("category_mask"));
    }

    /** @return cust_id, td_maturing_30d: TD balances whose account matures within d … d+30 */
    public static Dataset<Row> tdMaturing30(Dataset<Row> balances, Dataset<Row> accounts, String businessDate) {
        Column day = to_date(lit(businessDate), "yyyyMMdd");
        return balances.select("acct_no", "balance_cny")
                .join(accounts.select("acct_no", "cust_id", "acct_type", "maturity_date"), "acct_no")
                .where(col("acct_type").equalTo("TD").and(col("maturity_date").between(day, date_add(day, 30))))
                .groupBy("cust_id")
                .agg(sum("balance_cny").cast(AMOUNT).as("td_maturing_30d"));
    }

    /** @return cust_id, last_contact_date: the latest date per customer of the optional crm_contact file */
    public static Dataset<Row> lastContact(Dataset<Row> contacts) {
        return contacts.groupBy("cust_id").agg(max("last_contact_date").as("last_contact_date"));
    }
}
