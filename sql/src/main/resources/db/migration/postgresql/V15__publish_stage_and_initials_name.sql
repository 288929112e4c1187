-- The analytics output of a night is copied (COPY) into this staging table and published into customer_metrics by
-- one insert-select in the same transaction. Unlogged: it only lives within the publish transaction (the nightly
-- lock lets one night run at a time); its rows are replaced by every publish.
create unlogged table customer_metrics_stage (
    cust_id         varchar(16)   not null,
    biz_date        varchar(8)    not null,
    aum             numeric(18,2) not null,
    aum_avg_30      numeric(18,2) not null,
    tier            varchar(4)    not null,
    asset_interval  varchar(3)    not null,
    activity_level  varchar(2)    not null,
    coverage        smallint      not null,
    categories      varchar(30),
    churn_score     numeric(5,4),
    churn_reasons   varchar(200)
);

-- The name the stored name_initials were computed from: the night computes initials only for customers whose
-- name is new or changed since (cust_name <> initials_name), once per changed name.
alter table customer add column initials_name varchar(60);
update customer set initials_name = cust_name where name_initials is not null;
