-- The month's KPIs for every unit, from the day rows of the latest computed date of the month (:asOf), compared
-- with the unit's AUM on the previous month's last published date (:prevMonthEnd) and on the last published date
-- of the same month a year before (:prevYearMonthEnd). Same text on PostgreSQL and Oracle.
insert into kpi_month (month_start, unit_level, unit_id, as_of_date, customers, aum_end, aum_avg,
                       aum_mom_base, aum_mom_change, aum_yoy_base, aum_yoy_change,
                       cust_vip1, cust_vip2, cust_vip3, cust_vip4, cust_mass,
                       tier_upgrades, tier_downgrades, new_customers,
                       fund_sales_marketer, fund_sales_share, wealth_sales_share,
                       vip_customers, vip_contact_rate_30, vip_contact_rate_90, customers_lost, aum_lost,
                       list_contact_rate, list_conversion_rate)
with mom as (
    select u.unit_level, u.unit_id, sum(u.aum) aum
      from kpi_customer_unit u where u.biz_date = cast(:prevMonthEnd as date)
     group by u.unit_level, u.unit_id
),
yoy as (
    select u.unit_level, u.unit_id, sum(u.aum) aum
      from kpi_customer_unit u where u.biz_date = cast(:prevYearMonthEnd as date)
     group by u.unit_level, u.unit_id
)
select cast(:monthStart as date), k.unit_level, k.unit_id, k.biz_date, k.customers, k.aum, k.aum_mtd_avg,
       case when :hasMom = 1 then coalesce(mo.aum, 0) end,
       case when :hasMom = 1 then k.aum - coalesce(mo.aum, 0) end,
       case when :hasYoy = 1 then coalesce(yo.aum, 0) end,
       case when :hasYoy = 1 then k.aum - coalesce(yo.aum, 0) end,
       k.cust_vip1, k.cust_vip2, k.cust_vip3, k.cust_vip4, k.cust_mass,
       k.tier_upgrades_mtd, k.tier_downgrades_mtd, k.new_customers_mtd,
       k.fund_sales_marketer_mtd, k.fund_sales_share_mtd, k.wealth_sales_share_mtd,
       k.vip_customers, k.vip_contact_rate_30, k.vip_contact_rate_90, k.customers_lost_mtd, k.aum_lost_mtd,
       k.list_contact_rate, k.list_conversion_rate
  from kpi_day k
  left join mom mo on mo.unit_level = k.unit_level and mo.unit_id = k.unit_id
  left join yoy yo on yo.unit_level = k.unit_level and yo.unit_id = k.unit_id
 where k.biz_date = cast(:asOf as date)
