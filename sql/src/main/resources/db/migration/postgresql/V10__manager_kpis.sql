-- Manager KPIs (crm-batch org.wealthcrm.batch.kpi, definitions in its README.md): per business date and per month,
-- for every unit of the hierarchy BANK > REGION > BRANCH > TEAM > RM. Kept in step with ../oracle/V10__manager_kpis.sql.

-- Every org unit with itself and each unit above it (a few hundred rows: the tree is small).
create view kpi_org_ancestor as
select d.org_code, a.org_code as ancestor_code,
       case a.org_level when 1 then 'BANK' when 2 then 'REGION' when 3 then 'BRANCH' else 'TEAM' end as ancestor_level
  from org_unit d
  join org_unit a on d.org_path like a.org_path || '%';

-- Every customer_metrics row with each unit it counts in: its main RM, and every org unit above the customer's
-- managing unit (the main RM's org unit; the home branch for customers without a main RM). Org level 1 is the
-- bank, 2 a region, 3 a branch, 4 a team (sub-branch). Customers join the ancestors by equality (no LIKE per row).
create view kpi_customer_unit as
select m.biz_date, m.cust_id, 'RM' as unit_level, m.main_rm as unit_id, m.aum, m.tier
  from customer_metrics m
 where m.main_rm is not null
union all
select m.biz_date, m.cust_id, anc.ancestor_level, anc.ancestor_code, m.aum, m.tier
  from customer_metrics m
  left join staff s on s.staff_id = m.main_rm
  left join org_unit team on team.org_code = s.org_code
  join kpi_org_ancestor anc on anc.org_code = coalesce(team.org_code, m.branch_code);

-- Every staff member with each unit a credit to him or her counts in: the RM itself and every org unit above.
create view kpi_staff_unit as
select s.staff_id, 'RM' as unit_level, s.staff_id as unit_id
  from staff s
union all
select s.staff_id, anc.ancestor_level, anc.ancestor_code
  from staff s
  join kpi_org_ancestor anc on anc.org_code = s.org_code;

-- One row per business date and unit. Counts and amounts of a comparison are null when its base date has no
-- published data (never invented); *_mtd figures run from the first day of the month to biz_date.
create table kpi_day (
    biz_date                 date          not null,
    unit_level               varchar(6)    not null check (unit_level in ('BANK','REGION','BRANCH','TEAM','RM')),
    unit_id                  varchar(16)   not null,
    customers                integer       not null,
    aum                      numeric(18,2) not null,
    aum_mtd_avg              numeric(18,2) not null,
    aum_mom_base             numeric(18,2),
    aum_mom_change           numeric(18,2),
    aum_yoy_base             numeric(18,2),
    aum_yoy_change           numeric(18,2),
    cust_vip1                integer       not null,
    cust_vip2                integer       not null,
    cust_vip3                integer       not null,
    cust_vip4                integer       not null,
    cust_mass                integer       not null,
    tier_upgrades            integer,
    tier_downgrades          integer,
    tier_upgrades_mtd        integer,
    tier_downgrades_mtd      integer,
    new_customers            integer,
    new_customers_mtd        integer,
    fund_sales_marketer      numeric(18,2) not null,
    fund_sales_marketer_mtd  numeric(18,2) not null,
    fund_sales_share         numeric(18,2) not null,
    fund_sales_share_mtd     numeric(18,2) not null,
    wealth_sales_share       numeric(18,2) not null,
    wealth_sales_share_mtd   numeric(18,2) not null,
    vip_customers            integer       not null,
    vip_contacted_30         integer       not null,
    vip_contacted_90         integer       not null,
    vip_contact_rate_30      numeric(5,4),
    vip_contact_rate_90      numeric(5,4),
    customers_lost           integer,
    aum_lost                 numeric(18,2),
    customers_lost_mtd       integer,
    aum_lost_mtd             numeric(18,2),
    -- filled by the target-list follow-up night (issue 4 item 3) once it exists; null until then
    list_contact_rate        numeric(5,4),
    list_conversion_rate     numeric(5,4),
    primary key (biz_date, unit_level, unit_id)
);
create index kpi_day_unit_ix on kpi_day (unit_level, unit_id, biz_date);

-- One row per month and unit: the month so far, as of the latest business date of the month computed (as_of_date);
-- MoM compares with the previous month's last published date, YoY with the same month's a year before.
create table kpi_month (
    month_start              date          not null,
    unit_level               varchar(6)    not null check (unit_level in ('BANK','REGION','BRANCH','TEAM','RM')),
    unit_id                  varchar(16)   not null,
    as_of_date               date          not null,
    customers                integer       not null,
    aum_end                  numeric(18,2) not null,
    aum_avg                  numeric(18,2) not null,
    aum_mom_base             numeric(18,2),
    aum_mom_change           numeric(18,2),
    aum_yoy_base             numeric(18,2),
    aum_yoy_change           numeric(18,2),
    cust_vip1                integer       not null,
    cust_vip2                integer       not null,
    cust_vip3                integer       not null,
    cust_vip4                integer       not null,
    cust_mass                integer       not null,
    tier_upgrades            integer,
    tier_downgrades          integer,
    new_customers            integer,
    fund_sales_marketer      numeric(18,2) not null,
    fund_sales_share         numeric(18,2) not null,
    wealth_sales_share       numeric(18,2) not null,
    vip_customers            integer       not null,
    vip_contact_rate_30      numeric(5,4),
    vip_contact_rate_90      numeric(5,4),
    customers_lost           integer,
    aum_lost                 numeric(18,2),
    list_contact_rate        numeric(5,4),
    list_conversion_rate     numeric(5,4),
    primary key (month_start, unit_level, unit_id)
);
create index kpi_month_unit_ix on kpi_month (unit_level, unit_id, month_start);
