-- Opportunities and the daily report's activity sources on top of oracle-mini-schema.sql, for the Oracle-variant
-- statement tests (H2 in Oracle mode; no CHECK constraints).
create table opportunity (opp_id bigint primary key, cust_id varchar(16), owner_id varchar(16), subject varchar(200),
  prod_category varchar(8), prod_code varchar(16), expected_amount numeric(18,2), expected_sign_date date,
  source varchar(12), stage varchar(12), probability smallint, competitors varchar(400), needs varchar(2000),
  solution varchar(2000), stage_note varchar(1000), stage_since date, won_date date, purchase_source varchar(12),
  purchase_ref varchar(40), purchase_date date, purchase_amount numeric(18,2), created_at timestamp);
insert into opportunity (opp_id, cust_id, owner_id, subject, prod_category, expected_amount, expected_sign_date,
  source, stage, probability, stage_since, won_date, created_at) values
 (1, 'C001', 'RM001', '定投', 'FUND', 100000.00, date '2026-12-10', 'VISIT', 'PROPOSAL', 50, date '2026-11-10', null,
  timestamp '2026-11-01 09:00:00'),
 (2, 'C002', 'RM001', '理财', 'WEALTH', 300000.00, date '2026-12-20', 'VISIT', 'LEAD', 10, date '2026-11-18', null,
  timestamp '2026-11-01 09:00:00'),
 (3, 'C003', 'RM009', '他人', 'FUND', 900000.00, date '2026-12-05', 'VISIT', 'LEAD', 10, date '2026-11-18', null,
  timestamp '2026-11-01 09:00:00'),
 (4, 'C001', 'RM001', '赢单', 'FUND', 50000.00, date '2026-11-19', 'VISIT', 'WON', 100, date '2026-11-19',
  date '2026-11-19', timestamp '2026-11-01 09:00:00');
create table opportunity_history (history_id bigint primary key, opp_id bigint, biz_date date, changed_at timestamp,
  changed_by varchar(16), from_stage varchar(12), stage varchar(12), probability smallint, stage_note varchar(1000));
insert into opportunity_history values
 (1, 1, date '2026-11-20', timestamp '2026-11-20 10:00:00', 'RM001', 'LEAD', 'PROPOSAL', 50, null),
 (2, 1, date '2026-11-20', timestamp '2026-11-20 11:00:00', 'RM001', 'PROPOSAL', 'PROPOSAL', 60, null);
create table service_record (record_id bigint primary key, cust_id varchar(16), staff_id varchar(16),
  served_at timestamp, outcome varchar(20));
insert into service_record values (1, 'C001', 'RM001', timestamp '2026-11-20 10:00:00', 'INTENT');
create table crm_task (task_id bigint primary key, assignee_id varchar(16), done_at timestamp);
create table target_list_contact (contact_id bigint primary key, list_id bigint, cust_id varchar(16),
  staff_id varchar(16), contacted_at timestamp);
insert into target_list_contact values (1, 7, 'C001', 'RM001', timestamp '2026-11-20 10:05:00'),
                                       (2, 7, 'C001', 'RM001', timestamp '2026-11-20 15:00:00');
create table fund_confirm (confirm_no varchar(32) primary key, confirm_date date, cust_id varchar(16),
  fund_code varchar(6), biz_code varchar(3), apply_amount numeric(18,2), confirm_amount numeric(18,2),
  marketer_id varchar(16));
insert into fund_confirm values ('F1', date '2026-11-20', 'C001', '000001', '122', 80000.00, 79000.00, 'RM001'),
                                ('F2', date '2026-11-21', 'C001', '000001', '122', 10.00, 10.00, 'RM001');
