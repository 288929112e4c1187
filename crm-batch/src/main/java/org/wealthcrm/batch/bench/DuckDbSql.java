package org.wealthcrm.batch.bench;

import java.util.List;
import java.util.stream.Collectors;

import org.wealthcrm.contract.extract.ExtractFile;
import org.wealthcrm.contract.extract.FieldType;

/** The reference computation in DuckDB SQL, written from METRICS.md. */
final class DuckDbSql {

    private static final String DATE = "regexp_extract(filename, '_(\\d{8})\\.dat$', 1)";

    private DuckDbSql() {
    }

    static List<String> views(String landing) {
        return List.of(view("balance", landing, ExtractFile.CBS_BALANCE),
                view("account", landing, ExtractFile.CBS_ACCOUNT), view("wm", landing, ExtractFile.WM_HOLDING), view("share", landing, ExtractFile.TA_SHARE),
                view("nav", landing, ExtractFile.TA_NAV), view("fund", landing, ExtractFile.TA_FUND),
                view("cust", landing, ExtractFile.CBS_CUSTOMER));
    }

    private static String view(String name, String landing, ExtractFile file) {
        return view(name, landing, file.baseName(), columns(file));
    }

    /** DuckDB's column spec of a file as the contract declares it: N(p,s) as DECIMAL(p,s), everything else text. */
    static String columns(ExtractFile file) {
        return file.fields().stream()
                .map(field -> "'" + field.name() + "':'" + (field.type() == FieldType.DECIMAL
                        ? "DECIMAL(" + field.length() + "," + field.scale() + ")" : "VARCHAR") + "'")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String view(String name, String landing, String file, String columns) {
        return "create view " + name + " as select " + DATE + " as d, * exclude (filename) from read_csv('" + landing
                + "/*/" + file + "_*.dat', delim='|', header=false, quote='', escape='', columns=" + columns
                + ", filename=true)";
    }

    /** One row: customers, Σ AUM, Σ AUM_AVG_30, VIP customers, Σ coverage for date d. */
    static String metrics(String d, String first) {
        return "with pos as ("
                + " select b.d, a.cust_id, a.acct_type as cat, b.balance_cny as v from balance b join account a"
                + "  on a.d = b.d and a.acct_no = b.acct_no where a.acct_type in ('DD','TD') and b.d between '" + first
                + "' and '" + d + "'"
                + " union all select d, cust_id, 'WM', market_value_cny from wm where d between '" + first + "' and '" + d + "'"
                + " union all select s.d, s.cust_id, case f.fund_type when 'MM' then 'FMM' when 'BD' then 'FBD' else 'FEQ' end,"
                + "  s.shares * n.nav from share s asof join nav n on s.fund_code = n.fund_code and s.d >= n.d"
                + "  join fund f on f.d = s.d and f.fund_code = s.fund_code where s.d between '" + first + "' and '" + d + "'),"
                + " daily as (select d, cust_id, sum(v) aum from pos group by all),"
                + " days as (select count(distinct d) n from balance where d between '" + first + "' and '" + d + "'),"
                + " avg30 as (select cust_id, round(sum(aum) / (select n from days), 2) avg from daily group by cust_id),"
                + " today as (select cust_id, round(sum(aum), 2) aum from daily where d = '" + d + "' group by cust_id),"
                + " cov as (select cust_id, count(*) c from (select cust_id, cat from pos where d = '" + d + "'"
                + "  group by all having sum(v) > 0) group by cust_id),"
                + " m as (select c.cust_id, coalesce(t.aum, 0) aum, coalesce(a.avg, 0) avg, coalesce(v.c, 0) cov"
                + "  from cust c left join today t using (cust_id) left join avg30 a using (cust_id)"
                + "  left join cov v using (cust_id) where c.d = '" + d + "' and c.status in ('A','F'))"
                + " select count(*), sum(aum), sum(avg), count(*) filter (where avg >= 50000), sum(cov) from m";
    }
}
