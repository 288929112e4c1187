-- The KPIs of one business date for every unit (definitions: crm-batch/src/main/java/org/wealthcrm/batch/kpi/README.md).
-- Named parameters (dates of published customer_metrics; a missing base is a null date and its has* flag is 0):
-- :d the date; :prev the previous published date; :monthStart the 1st of d's month; :monthBase the last published
-- date before it; :momBase, :yoyBase the MoM/YoY base dates; :monthDates the number of published dates in
-- monthStart..d; :from30, :from90, :dayAfter contact window bounds (timestamps). Plain SQL:2003, the same text runs
-- on PostgreSQL (15+) and Oracle; the dialect differences live in the V10 views.
insert into kpi_day (biz_date, unit_level, unit_id, customers, aum, aum_mtd_avg,
                     aum_mom_base, aum_mom_change, aum_yoy_base, aum_yoy_change,
                     cust_vip1, cust_vip2, cust_vip3, cust_vip4, cust_mass,
                     tier_upgrades, tier_downgrades, tier_upgrades_mtd, tier_downgrades_mtd,
                     new_customers, new_customers_mtd,
                     fund_sales_marketer, fund_sales_marketer_mtd, fund_sales_share, fund_sales_share_mtd,
                     wealth_sales_share, wealth_sales_share_mtd,
                     vip_customers, vip_contacted_30, vip_contacted_90, vip_contact_rate_30, vip_contact_rate_90,
                     customers_lost, aum_lost, customers_lost_mtd, aum_lost_mtd,
                     list_contact_rate, list_conversion_rate)
with cur as (
    select u.unit_level, u.unit_id, u.cust_id, u.aum, u.tier,
           case u.tier when 'VIP1' then 4 when 'VIP2' then 3 when 'VIP3' then 2 when 'VIP4' then 1 else 0 end tier_rank
      from kpi_customer_unit u
     where u.biz_date = cast(:d as date)
),
last_contact as (
    select r.cust_id, max(r.served_at) last_at
      from service_record r
     where r.served_at >= cast(:from90 as timestamp) and r.served_at < cast(:dayAfter as timestamp)
     group by r.cust_id
),
book as (
    select c.unit_level, c.unit_id, count(*) customers, sum(c.aum) aum,
           sum(case when c.tier = 'VIP1' then 1 else 0 end) vip1,
           sum(case when c.tier = 'VIP2' then 1 else 0 end) vip2,
           sum(case when c.tier = 'VIP3' then 1 else 0 end) vip3,
           sum(case when c.tier = 'VIP4' then 1 else 0 end) vip4,
           sum(case when c.tier_rank = 0 then 1 else 0 end) mass,
           sum(case when c.tier_rank > 0 then 1 else 0 end) vip,
           sum(case when c.tier_rank > 0 and lc.last_at >= cast(:from30 as timestamp) then 1 else 0 end) vip_30,
           sum(case when c.tier_rank > 0 and lc.last_at is not null then 1 else 0 end) vip_90
      from cur c
      left join last_contact lc on lc.cust_id = c.cust_id
     group by c.unit_level, c.unit_id
),
month_total as (
    select u.unit_level, u.unit_id, sum(u.aum) aum
      from kpi_customer_unit u
     where u.biz_date between cast(:monthStart as date) and cast(:d as date)
     group by u.unit_level, u.unit_id
),
mom as (
    select u.unit_level, u.unit_id, sum(u.aum) aum
      from kpi_customer_unit u where u.biz_date = cast(:momBase as date)
     group by u.unit_level, u.unit_id
),
yoy as (
    select u.unit_level, u.unit_id, sum(u.aum) aum
      from kpi_customer_unit u where u.biz_date = cast(:yoyBase as date)
     group by u.unit_level, u.unit_id
),
tiers_moved as (
    select c.unit_level, c.unit_id,
           sum(case when p.biz_date = cast(:prev as date) and c.tier_rank > p.tier_rank then 1 else 0 end) up_day,
           sum(case when p.biz_date = cast(:prev as date) and c.tier_rank < p.tier_rank then 1 else 0 end) down_day,
           sum(case when p.biz_date = cast(:monthBase as date) and c.tier_rank > p.tier_rank then 1 else 0 end) up_mtd,
           sum(case when p.biz_date = cast(:monthBase as date) and c.tier_rank < p.tier_rank then 1 else 0 end) down_mtd
      from cur c
      join (select m.cust_id, m.biz_date,
                   case m.tier when 'VIP1' then 4 when 'VIP2' then 3 when 'VIP3' then 2 when 'VIP4' then 1 else 0 end tier_rank
              from customer_metrics m
             where m.biz_date in (cast(:prev as date), cast(:monthBase as date))) p on p.cust_id = c.cust_id
     group by c.unit_level, c.unit_id
),
fresh as (
    select c.unit_level, c.unit_id,
           sum(case when not exists (select 1 from customer_metrics e
                                      where e.cust_id = c.cust_id and e.biz_date < cast(:d as date))
                    then 1 else 0 end) new_day,
           sum(case when not exists (select 1 from customer_metrics e
                                      where e.cust_id = c.cust_id and e.biz_date < cast(:monthStart as date))
                    then 1 else 0 end) new_mtd
      from cur c
     group by c.unit_level, c.unit_id
),
fund_sales as (
    select f.cust_id, f.marketer_id, f.confirm_date, coalesce(f.confirm_amount, 0) amount
      from fund_confirm f
     where f.confirm_date between cast(:monthStart as date) and cast(:d as date)
       and f.biz_code in ('120', '122', '139')
),
by_marketer as (
    select su.unit_level, su.unit_id,
           sum(case when f.confirm_date = cast(:d as date) then f.amount else 0 end) day_amount,
           sum(f.amount) mtd_amount
      from fund_sales f
      join kpi_staff_unit su on su.staff_id = f.marketer_id
     group by su.unit_level, su.unit_id
),
by_share as (
    select su.unit_level, su.unit_id,
           sum(case when f.confirm_date = cast(:d as date) then f.amount * cm.share_pct / 100 else 0 end) day_amount,
           sum(f.amount * cm.share_pct / 100) mtd_amount
      from fund_sales f
      join customer_manager cm on cm.cust_id = f.cust_id
      join kpi_staff_unit su on su.staff_id = cm.staff_id
     group by su.unit_level, su.unit_id
),
day_pairs as (
    select x.biz_date buy_day, lag(x.biz_date) over (order by x.biz_date) prev_day
      from (select distinct m.biz_date from customer_metrics m
             where m.biz_date between coalesce(cast(:monthBase as date), cast(:monthStart as date))
                                  and cast(:d as date)) x
),
wealth_buys as (
    select h.cust_id, p.buy_day, (h.shares - coalesce(hp.shares, 0)) * h.market_value_cny / h.shares amount
      from day_pairs p
      join wm_holding h on h.hold_date = p.buy_day
      left join wm_holding hp on hp.hold_date = p.prev_day and hp.cust_id = h.cust_id and hp.prod_code = h.prod_code
     where p.prev_day is not null and p.buy_day >= cast(:monthStart as date) and h.shares > coalesce(hp.shares, 0)
),
wealth_share as (
    select su.unit_level, su.unit_id,
           sum(case when w.buy_day = cast(:d as date) then w.amount * cm.share_pct / 100 else 0 end) day_amount,
           sum(w.amount * cm.share_pct / 100) mtd_amount
      from wealth_buys w
      join customer_manager cm on cm.cust_id = w.cust_id
      join kpi_staff_unit su on su.staff_id = cm.staff_id
     group by su.unit_level, su.unit_id
),
lost as (
    select b.unit_level, b.unit_id,
           sum(case when b.biz_date = cast(:prev as date) then 1 else 0 end) lost_day,
           sum(case when b.biz_date = cast(:prev as date) then b.aum else 0 end) aum_day,
           sum(case when b.biz_date = cast(:monthBase as date) then 1 else 0 end) lost_mtd,
           sum(case when b.biz_date = cast(:monthBase as date) then b.aum else 0 end) aum_mtd
      from kpi_customer_unit b
      left join customer_metrics t on t.cust_id = b.cust_id and t.biz_date = cast(:d as date)
     where b.biz_date in (cast(:prev as date), cast(:monthBase as date)) and b.aum > 0
       and (t.cust_id is null or t.aum = 0)
     group by b.unit_level, b.unit_id
),
list_tally as (
    select su.unit_level, su.unit_id, sum(r.members) members, sum(r.contacted) contacted,
           sum(r.converted) converted
      from target_list_result r
      join target_list l on l.list_id = r.list_id
      join kpi_staff_unit su on su.staff_id = r.staff_id
     where r.biz_date = cast(:d as date)
       and l.start_date <= cast(:d as date) and l.end_date >= cast(:d as date)
     group by su.unit_level, su.unit_id
),
units as (
    select unit_level, unit_id from book
    union select unit_level, unit_id from mom
    union select unit_level, unit_id from lost
    union select unit_level, unit_id from by_marketer
    union select unit_level, unit_id from by_share
    union select unit_level, unit_id from wealth_share
    union select unit_level, unit_id from list_tally
)
select cast(:d as date), u.unit_level, u.unit_id, coalesce(b.customers, 0), coalesce(b.aum, 0),
       round(coalesce(mt.aum, 0) / :monthDates, 2),
       case when :hasMom = 1 then coalesce(mo.aum, 0) end,
       case when :hasMom = 1 then coalesce(b.aum, 0) - coalesce(mo.aum, 0) end,
       case when :hasYoy = 1 then coalesce(yo.aum, 0) end,
       case when :hasYoy = 1 then coalesce(b.aum, 0) - coalesce(yo.aum, 0) end,
       coalesce(b.vip1, 0), coalesce(b.vip2, 0), coalesce(b.vip3, 0), coalesce(b.vip4, 0), coalesce(b.mass, 0),
       case when :hasPrev = 1 then coalesce(tm.up_day, 0) end,
       case when :hasPrev = 1 then coalesce(tm.down_day, 0) end,
       case when :hasMonthBase = 1 then coalesce(tm.up_mtd, 0) end,
       case when :hasMonthBase = 1 then coalesce(tm.down_mtd, 0) end,
       case when :hasPrev = 1 then coalesce(fr.new_day, 0) end,
       case when :hasMonthBase = 1 then coalesce(fr.new_mtd, 0) end,
       round(coalesce(bm.day_amount, 0), 2), round(coalesce(bm.mtd_amount, 0), 2),
       round(coalesce(bs.day_amount, 0), 2), round(coalesce(bs.mtd_amount, 0), 2),
       round(coalesce(ws.day_amount, 0), 2), round(coalesce(ws.mtd_amount, 0), 2),
       coalesce(b.vip, 0), coalesce(b.vip_30, 0), coalesce(b.vip_90, 0),
       case when coalesce(b.vip, 0) > 0 then round(1.0 * b.vip_30 / b.vip, 4) end,
       case when coalesce(b.vip, 0) > 0 then round(1.0 * b.vip_90 / b.vip, 4) end,
       case when :hasPrev = 1 then coalesce(l.lost_day, 0) end,
       case when :hasPrev = 1 then coalesce(l.aum_day, 0) end,
       case when :hasMonthBase = 1 then coalesce(l.lost_mtd, 0) end,
       case when :hasMonthBase = 1 then coalesce(l.aum_mtd, 0) end,
       case when coalesce(lt.members, 0) > 0 then round(1.0 * lt.contacted / lt.members, 4) end,
       case when coalesce(lt.contacted, 0) > 0 then round(1.0 * lt.converted / lt.contacted, 4) end
  from units u
  left join book b on b.unit_level = u.unit_level and b.unit_id = u.unit_id
  left join month_total mt on mt.unit_level = u.unit_level and mt.unit_id = u.unit_id
  left join mom mo on mo.unit_level = u.unit_level and mo.unit_id = u.unit_id
  left join yoy yo on yo.unit_level = u.unit_level and yo.unit_id = u.unit_id
  left join tiers_moved tm on tm.unit_level = u.unit_level and tm.unit_id = u.unit_id
  left join fresh fr on fr.unit_level = u.unit_level and fr.unit_id = u.unit_id
  left join by_marketer bm on bm.unit_level = u.unit_level and bm.unit_id = u.unit_id
  left join by_share bs on bs.unit_level = u.unit_level and bs.unit_id = u.unit_id
  left join wealth_share ws on ws.unit_level = u.unit_level and ws.unit_id = u.unit_id
  left join lost l on l.unit_level = u.unit_level and l.unit_id = u.unit_id
  left join list_tally lt on lt.unit_level = u.unit_level and lt.unit_id = u.unit_id
