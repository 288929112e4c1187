package org.wealthcrm.batch.bench;

import java.util.List;

/** The reference computation in DuckDB SQL, written from METRICS.md. */
final class DuckDbSql {

    private static final String DATE = "regexp_extract(filename, '_(\\d{8})\\.dat$', 1)";

    private DuckDbSql() {
    }

    static List<String> views(String landing) {
        return List.of(
                view("balance", landing, "cbs_balance", "{'bal_date':'VARCHAR','acct_no':'VARCHAR','currency':'VARCHAR',"
                        + "'balance':'DECIMAL(18,2)','balance_cny':'DECIMAL(18,2)'}"),
                view("account", landing, "cbs_account", "{'acct_no':'VARCHAR','cust_id':'VARCHAR','acct_type':'VARCHAR',"
                        + "'product_code':'VARCHAR','currency':'VARCHAR','open_date':'VARCHAR','maturity_date':'VARCHAR',"
                        + "'close_date':'VARCHAR','status':'VARCHAR','branch_code':'VARCHAR'}"),
                view("wm", landing, "wm_holding", "{'hold_date':'VARCHAR','cust_id':'VARCHAR','prod_code':'VARCHAR',"
                        + "'shares':'DECIMAL(18,2)','market_value_cny':'DECIMAL(18,2)'}"),
                view("share", landing, "ta_share", "{'share_date':'VARCHAR','ta_acct':'VARCHAR','cust_id':'VARCHAR',"
                        + "'fund_code':'VARCHAR','shares':'DECIMAL(18,2)','frozen_shares':'DECIMAL(18,2)'}"),
                view("nav", landing, "ta_nav", "{'nav_date':'VARCHAR','fund_code':'VARCHAR','nav':'DECIMAL(10,4)',"
                        + "'acc_nav':'DECIMAL(10,4)'}"),
                view("fund", landing, "ta_fund", "{'fund_code':'VARCHAR','fund_name':'VARCHAR','fund_type':'VARCHAR',"
                        + "'risk_rating':'VARCHAR','company':'VARCHAR','status':'VARCHAR'}"),
                view("cust", landing, "cbs_customer", "{'cust_id':'VARCHAR','cust_name':'VARCHAR','id_type':'VARCHAR',"
                        + "'id_no':'VARCHAR','gender':'VARCHAR','birth_date':'VARCHAR','mobile':'VARCHAR',"
                        + "'open_date':'VARCHAR','branch_code':'VARCHAR','status':'VARCHAR','occupation':'VARCHAR',"
                        + "'risk_level':'VARCHAR','risk_eval_date':'VARCHAR','marketing_consent':'VARCHAR',"
                        + "'province':'VARCHAR','city':'VARCHAR'}"));
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
