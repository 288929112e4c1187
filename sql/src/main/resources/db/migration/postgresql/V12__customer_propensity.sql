-- Purchase propensity per customer, date and product category (product.category WEALTH / FUND), published by
-- the nightly run from the analytics' propensity file; a category without a trained model has no rows.
create table customer_propensity (
    biz_date   date         not null,
    cust_id    varchar(16)  not null,
    category   varchar(8)   not null check (category in ('WEALTH','FUND')),
    score      numeric(5,4) not null,
    primary key (biz_date, category, cust_id)
);
create index ix_customer_propensity_cust on customer_propensity (cust_id, biz_date);
