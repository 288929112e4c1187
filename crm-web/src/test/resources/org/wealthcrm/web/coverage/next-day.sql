-- Five extra customers published on their own business date 2026-11-21 (the day after fixture.sql's latest), for
-- the coverage and target-list tests. Loaded inside each test's transaction and rolled back afterwards.
--   T01 S010101 RM001 VIP4 123,000 DD;FBD  C4 (2026-06-01)          born 1990-12-05
--   T02 S010101 RM002 VIP4  80,000 DD;FBD  C2 (2026-06-01)          born 1985-03-10
--   T03 S010102 RM003 VIP4  60,000 DD;TD   C5 (2025-01-10, expired) born 1970-12-20, TD matures 2027-01-10
--   T04 S020101 RM004 VIP3 700,000 DD;TD   C3 (2026-03-01)          born 1960-07-07, TD matures 2026-12-05
--   T05 S010101 RM001 MASS  20,000 DD      C5 (2026-05-01)          born 2001-01-01
insert into customer (cust_id, cust_name, id_type, id_no, gender, birth_date, mobile, open_date, branch_code, status,
                      occupation, risk_level, risk_eval_date, marketing_consent, province, city, biz_date) values
 ('T01', '测甲', '01', '310101199012050001', 'M', date '1990-12-05', '13800000001', date '2020-01-01', 'S010101', 'A', '01', 'C4', date '2026-06-01', 'Y', '上海', '上海', date '2026-11-21'),
 ('T02', '测乙', '01', '310101198503100002', 'F', date '1985-03-10', '13800000002', date '2020-01-01', 'S010101', 'A', '01', 'C2', date '2026-06-01', 'Y', '上海', '上海', date '2026-11-21'),
 ('T03', '测丙', '01', '310101197012200003', 'M', date '1970-12-20', '13800000003', date '2020-01-01', 'S010102', 'A', '01', 'C5', date '2025-01-10', 'Y', '上海', '上海', date '2026-11-21'),
 ('T04', '测丁', '01', '440101196007070004', 'F', date '1960-07-07', '13800000004', date '2020-01-01', 'S020101', 'A', '01', 'C3', date '2026-03-01', 'Y', '广东', '广州', date '2026-11-21'),
 ('T05', '测戊', '01', '310101200101010005', 'M', date '2001-01-01', '13800000005', date '2020-01-01', 'S010101', 'A', '01', 'C5', date '2026-05-01', 'Y', '上海', '上海', date '2026-11-21');

insert into customer_manager (cust_id, staff_id, rel_type, share_pct, since_date) values
 ('T01', 'RM001', 'M', 100.00, date '2020-01-01'),
 ('T02', 'RM002', 'M', 100.00, date '2020-01-01'),
 ('T03', 'RM003', 'M', 100.00, date '2020-01-01'),
 ('T04', 'RM004', 'M', 100.00, date '2020-01-01'),
 ('T05', 'RM001', 'M', 100.00, date '2020-01-01');

insert into customer_metrics (biz_date, cust_id, branch_code, aum, aum_avg_30, tier, asset_interval, activity_level,
                              coverage, categories, main_rm, churn_score) values
 (date '2026-11-21', 'T01', 'S010101', 123000.00, 100000.00, 'VIP4', 'A05', 'L3', 2, 'DD;FBD', 'RM001', 0.5000),
 (date '2026-11-21', 'T02', 'S010101',  80000.00,  80000.00, 'VIP4', 'A04', 'L3', 2, 'DD;FBD', 'RM002', 0.2000),
 (date '2026-11-21', 'T03', 'S010102',  60000.00,  65000.00, 'VIP4', 'A04', 'L4', 2, 'DD;TD',  'RM003', 0.7000),
 (date '2026-11-21', 'T04', 'S020101', 700000.00, 690000.00, 'VIP3', 'A07', 'L2', 2, 'DD;TD',  'RM004', 0.1000),
 (date '2026-11-21', 'T05', 'S010101',  20000.00,  20000.00, 'MASS', 'A03', 'L5', 1, 'DD',     'RM001', 0.3000);

insert into account (acct_no, cust_id, acct_type, product_code, currency, open_date, maturity_date, close_date, status, branch_code, biz_date) values
 ('T03-TD', 'T03', 'TD', 'TD3Y', 'CNY', date '2024-01-10', date '2027-01-10', null, 'A', 'S010102', date '2026-11-21'),
 ('T04-TD', 'T04', 'TD', 'TD3Y', 'CNY', date '2023-12-05', date '2026-12-05', null, 'A', 'S020101', date '2026-11-21'),
 ('T04-TDC', 'T04', 'TD', 'TD3Y', 'CNY', date '2023-11-25', date '2026-11-25', date '2026-10-01', 'C', 'S020101', date '2026-11-21');

insert into product (category, prod_code, prod_name, prod_type, risk_rating, company, issue_date, end_date, status, biz_date) values
 ('FUND', 'T00003', '测试债券基金', 'BD', 'R3', '示例基金公司', date '2026-01-01', null, 'A', date '2026-11-21');
