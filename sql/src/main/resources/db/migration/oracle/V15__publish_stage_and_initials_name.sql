-- The analytics output of a night is array-inserted into this staging table and published into customer_metrics
-- by one insert-select in the same transaction. A global temporary table: its rows are private to the transaction
-- and gone at commit.
create global temporary table customer_metrics_stage (
    cust_id         varchar2(16)   not null,
    biz_date        varchar2(8)    not null,
    aum             number(18,2)   not null,
    aum_avg_30      number(18,2)   not null,
    tier            varchar2(4)    not null,
    asset_interval  varchar2(3)    not null,
    activity_level  varchar2(2)    not null,
    coverage        number(5)      not null,
    categories      varchar2(30),
    churn_score     number(5,4),
    churn_reasons   varchar2(200)
) on commit delete rows;

-- The name the stored name_initials were computed from: the night computes initials only for customers whose
-- name is new or changed since (cust_name <> initials_name), once per changed name.
alter table customer add (initials_name varchar2(60));
update customer set initials_name = cust_name where name_initials is not null;
