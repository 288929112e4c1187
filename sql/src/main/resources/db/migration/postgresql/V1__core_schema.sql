-- Core operational schema (PostgreSQL). Kept in step with ../oracle/V1__core_schema.sql.

-- Organisation tree: 1 head office, 2 region, 3 branch, 4 sub-branch.
-- org_path is the materialised path '/HO/R/B/S/' so scope checks are a prefix match in SQL.
create table org_unit (
    org_code     varchar(12)  primary key,
    org_name     varchar(60)  not null,
    org_level    smallint     not null check (org_level between 1 and 4),
    parent_code  varchar(12),
    org_path     varchar(100) not null,
    biz_date     date         not null
);
create index org_unit_path_ix on org_unit (org_path);

create table staff (
    staff_id    varchar(16) primary key,
    staff_name  varchar(40) not null,
    org_code    varchar(12) not null,
    position    varchar(3)  not null check (position in ('RM','TL','BM','RGM','HQ','CMP','OPS')),
    status      char(1)     not null check (status in ('A','L')),
    mobile      varchar(20),
    biz_date    date        not null
);
create index staff_org_ix on staff (org_code);

create table app_user (
    username       varchar(40)  primary key,
    password_hash  varchar(100) not null,
    staff_id       varchar(16)  not null,
    display_name   varchar(60)  not null,
    enabled        boolean      not null default true
);

create table app_user_role (
    username  varchar(40) not null references app_user (username),
    role      varchar(20) not null check (role in ('RM','TEAM_LEAD','BRANCH_MANAGER','REGIONAL_MANAGER',
                                                   'HEAD_OFFICE','COMPLIANCE','OPERATIONS','ADMIN')),
    primary key (username, role)
);

create table customer (
    cust_id            varchar(16) primary key,
    cust_name          varchar(60) not null,
    id_type            varchar(2)  not null,
    id_no              varchar(32) not null,
    gender             char(1),
    birth_date         date,
    mobile             varchar(20),
    open_date          date,
    branch_code        varchar(12) not null,
    status             char(1)     not null check (status in ('A','F','C')),
    occupation         varchar(4),
    risk_level         varchar(2),
    risk_eval_date     date,
    marketing_consent  char(1)     not null check (marketing_consent in ('Y','N')),
    province           varchar(20),
    city               varchar(20),
    biz_date           date        not null
);
create index customer_branch_ix on customer (branch_code);
create index customer_mobile_ix on customer (mobile);
create index customer_id_no_ix on customer (id_no);
create index customer_name_ix on customer (cust_name);

create table account (
    acct_no        varchar(32) primary key,
    cust_id        varchar(16) not null,
    acct_type      varchar(2)  not null check (acct_type in ('DD','TD','LN','CC')),
    product_code   varchar(16),
    currency       char(3)     not null,
    open_date      date,
    maturity_date  date,
    close_date     date,
    status         char(1)     not null check (status in ('A','D','F','C')),
    branch_code    varchar(12),
    biz_date       date        not null
);
create index account_cust_ix on account (cust_id);

-- End-of-day balances, one snapshot per business date (housekeeping trims old dates).
create table account_balance (
    bal_date     date          not null,
    acct_no      varchar(32)   not null,
    currency     char(3)       not null,
    balance      numeric(18,2) not null,
    balance_cny  numeric(18,2) not null,
    primary key (bal_date, acct_no)
);

-- Product catalogue: DEPOSIT (from account product codes), WEALTH (wm_product), FUND (ta_fund).
create table product (
    category     varchar(8)  not null check (category in ('DEPOSIT','WEALTH','FUND')),
    prod_code    varchar(16) not null,
    prod_name    varchar(80) not null,
    prod_type    varchar(2),
    risk_rating  varchar(2),
    company      varchar(60),
    issue_date   date,
    end_date     date,
    status       varchar(1),
    biz_date     date        not null,
    primary key (category, prod_code)
);

create table wm_holding (
    hold_date         date          not null,
    cust_id           varchar(16)   not null,
    prod_code         varchar(16)   not null,
    shares            numeric(18,2) not null,
    market_value_cny  numeric(18,2) not null,
    primary key (hold_date, cust_id, prod_code)
);
create index wm_holding_cust_ix on wm_holding (cust_id, hold_date);

create table fund_share (
    share_date     date          not null,
    ta_acct        varchar(20)   not null,
    cust_id        varchar(16)   not null,
    fund_code      varchar(6)    not null,
    shares         numeric(18,2) not null,
    frozen_shares  numeric(18,2) not null,
    primary key (share_date, ta_acct, fund_code)
);
create index fund_share_cust_ix on fund_share (cust_id, share_date);

create table fund_nav (
    nav_date   date          not null,
    fund_code  varchar(6)    not null,
    nav        numeric(10,4) not null,
    acc_nav    numeric(10,4),
    primary key (fund_code, nav_date)
);

create table fund_confirm (
    confirm_no      varchar(32)   primary key,
    confirm_date    date          not null,
    cust_id         varchar(16)   not null,
    ta_acct         varchar(20)   not null,
    fund_code       varchar(6)    not null,
    biz_code        varchar(3)    not null,
    apply_amount    numeric(18,2),
    confirm_amount  numeric(18,2),
    confirm_shares  numeric(18,2),
    fee             numeric(18,2),
    nav             numeric(10,4),
    channel         varchar(3),
    marketer_id     varchar(16)
);
create index fund_confirm_cust_ix on fund_confirm (cust_id, confirm_date);
create index fund_confirm_date_ix on fund_confirm (confirm_date);

-- Customer-manager relationship: one main manager (M) and any assisting managers (A); credit shares add to 100.
create table customer_manager (
    cust_id     varchar(16)  not null,
    staff_id    varchar(16)  not null,
    rel_type    char(1)      not null check (rel_type in ('M','A')),
    share_pct   numeric(5,2) not null check (share_pct > 0 and share_pct <= 100),
    since_date  date         not null,
    primary key (cust_id, staff_id)
);
create unique index customer_manager_one_main_ix on customer_manager (cust_id) where rel_type = 'M';
create index customer_manager_staff_ix on customer_manager (staff_id);

-- Per-date customer metrics mart, published by the nightly run.
create table customer_metrics (
    biz_date        date          not null,
    cust_id         varchar(16)   not null,
    branch_code     varchar(12)   not null,
    aum             numeric(18,2) not null,
    aum_avg_30      numeric(18,2) not null,
    tier            varchar(4)    not null,
    asset_interval  varchar(3)    not null,
    activity_level  varchar(2)    not null,
    coverage        smallint      not null,
    categories      varchar(30),
    main_rm         varchar(16),
    churn_score     numeric(5,4),
    primary key (biz_date, cust_id)
);
create index customer_metrics_rm_ix on customer_metrics (biz_date, main_rm);
create index customer_metrics_cust_ix on customer_metrics (cust_id, biz_date);

-- The record of each nightly run, its files and its rejected rows.
create table nightly_run (
    run_id            bigint generated by default as identity primary key,
    biz_date          date         not null,
    job_execution_id  bigint,
    status            varchar(12)  not null check (status in ('STARTED','COMPLETED','FAILED')),
    started_at        timestamp    not null,
    ended_at          timestamp,
    customers         integer,
    rejected          integer,
    message           varchar(2000)
);
create index nightly_run_date_ix on nightly_run (biz_date);

create table nightly_run_file (
    run_id        bigint      not null references nightly_run (run_id),
    file_name     varchar(64) not null,
    verdict       varchar(12) not null check (verdict in ('LOADED','MISSING','DISAGREES','FAILED')),
    read_count    bigint      not null default 0,
    loaded_count  bigint      not null default 0,
    rejected_count bigint     not null default 0,
    message       varchar(1000),
    primary key (run_id, file_name)
);

create table load_reject (
    reject_id    bigint generated by default as identity primary key,
    biz_date     date          not null,
    file_name    varchar(64)   not null,
    line_no      bigint        not null,
    reason_code  varchar(20)   not null,
    reason       varchar(400)  not null,
    raw_line     varchar(2000),
    unique (biz_date, file_name, line_no)
);
