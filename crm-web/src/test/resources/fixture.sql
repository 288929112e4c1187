-- Hand-written test bank. Figures used by the tests (as of 2026-11-20, the latest published date):
--   customers per scope: rm1 3 (C001, C002 main; C005 assisting), rm2 2 (C003; C002 assisting),
--   tl1 3 (C001-C003), bm1 5 (C001-C004, C008), rgm1 6 (+ C005), hq1 / cmp1 8, ops1 0.
--   AUM all 12,526,146.17; bm1 10,168,800.50; R01 12,468,800.50; R02 57,345.67.

insert into org_unit (org_code, org_name, org_level, parent_code, org_path, biz_date) values
 ('HO000',   '总行',         1, null,    '/HO000/',                         date '2026-11-20'),
 ('R01',     '华东区域',     2, 'HO000', '/HO000/R01/',                     date '2026-11-20'),
 ('R02',     '华南区域',     2, 'HO000', '/HO000/R02/',                     date '2026-11-20'),
 ('B0101',   '上海分行',     3, 'R01',   '/HO000/R01/B0101/',               date '2026-11-20'),
 ('B0102',   '杭州分行',     3, 'R01',   '/HO000/R01/B0102/',               date '2026-11-20'),
 ('B0201',   '广州分行',     3, 'R02',   '/HO000/R02/B0201/',               date '2026-11-20'),
 ('S010101', '陆家嘴支行',   4, 'B0101', '/HO000/R01/B0101/S010101/',       date '2026-11-20'),
 ('S010102', '徐汇支行',     4, 'B0101', '/HO000/R01/B0101/S010102/',       date '2026-11-20'),
 ('S010201', '西湖支行',     4, 'B0102', '/HO000/R01/B0102/S010201/',       date '2026-11-20'),
 ('S020101', '天河支行',     4, 'B0201', '/HO000/R02/B0201/S020101/',       date '2026-11-20');

insert into staff (staff_id, staff_name, org_code, position, status, mobile, biz_date) values
 ('RM001', '张伟', 'S010101', 'RM',  'A', '13910000001', date '2026-11-20'),
 ('RM002', '李娜', 'S010101', 'RM',  'A', '13910000002', date '2026-11-20'),
 ('RM003', '王芳', 'S010102', 'RM',  'A', '13910000003', date '2026-11-20'),
 ('RM004', '刘洋', 'S020101', 'RM',  'A', '13910000004', date '2026-11-20'),
 ('RM005', '陈杰', 'S010201', 'RM',  'A', '13910000005', date '2026-11-20'),
 ('TL001', '陈静', 'S010101', 'TL',  'A', '13910000006', date '2026-11-20'),
 ('BM001', '杨军', 'B0101',   'BM',  'A', '13910000007', date '2026-11-20'),
 ('RGM01', '赵敏', 'R01',     'RGM', 'A', '13910000008', date '2026-11-20'),
 ('HQ001', '黄磊', 'HO000',   'HQ',  'A', '13910000009', date '2026-11-20'),
 ('CMP01', '周婷', 'HO000',   'CMP', 'A', '13910000010', date '2026-11-20'),
 ('OPS01', '吴强', 'HO000',   'OPS', 'A', '13910000011', date '2026-11-20');

-- password of every user: demo123
insert into app_user (username, password_hash, staff_id, display_name, enabled) values
 ('rm1',  '{bcrypt}$2a$10$J3S9.J7Q8XJe6oJjDJXW2eUofMOuaEUuqMIf7KNYZMrrdWE20gCYy', 'RM001', '张伟', true),
 ('rm2',  '{bcrypt}$2a$10$J3S9.J7Q8XJe6oJjDJXW2eUofMOuaEUuqMIf7KNYZMrrdWE20gCYy', 'RM002', '李娜', true),
 ('tl1',  '{bcrypt}$2a$10$J3S9.J7Q8XJe6oJjDJXW2eUofMOuaEUuqMIf7KNYZMrrdWE20gCYy', 'TL001', '陈静', true),
 ('bm1',  '{bcrypt}$2a$10$J3S9.J7Q8XJe6oJjDJXW2eUofMOuaEUuqMIf7KNYZMrrdWE20gCYy', 'BM001', '杨军', true),
 ('rgm1', '{bcrypt}$2a$10$J3S9.J7Q8XJe6oJjDJXW2eUofMOuaEUuqMIf7KNYZMrrdWE20gCYy', 'RGM01', '赵敏', true),
 ('hq1',  '{bcrypt}$2a$10$J3S9.J7Q8XJe6oJjDJXW2eUofMOuaEUuqMIf7KNYZMrrdWE20gCYy', 'HQ001', '黄磊', true),
 ('cmp1', '{bcrypt}$2a$10$J3S9.J7Q8XJe6oJjDJXW2eUofMOuaEUuqMIf7KNYZMrrdWE20gCYy', 'CMP01', '周婷', true),
 ('ops1', '$2a$10$J3S9.J7Q8XJe6oJjDJXW2eUofMOuaEUuqMIf7KNYZMrrdWE20gCYy',         'OPS01', '吴强', true);

insert into app_user_role (username, role) values
 ('rm1', 'RM'), ('rm2', 'RM'), ('tl1', 'TEAM_LEAD'), ('bm1', 'BRANCH_MANAGER'), ('rgm1', 'REGIONAL_MANAGER'),
 ('hq1', 'HEAD_OFFICE'), ('cmp1', 'COMPLIANCE'), ('ops1', 'OPERATIONS');

insert into customer (cust_id, cust_name, id_type, id_no, gender, birth_date, mobile, open_date, branch_code, status,
                      occupation, risk_level, risk_eval_date, marketing_consent, province, city, biz_date) values
 ('C001', '张三',   '01', '310101198001011234', 'M', date '1980-01-01', '13800001111', date '2010-03-01', 'S010101', 'A', '01', 'R4', date '2026-01-15', 'Y', '上海', '上海', date '2026-11-20'),
 ('C002', '李四',   '01', '310101198502022345', 'F', date '1985-02-02', '13900002222', date '2012-05-10', 'S010101', 'A', '02', 'R3', date '2026-02-10', 'Y', '上海', '上海', date '2026-11-20'),
 ('C003', '王五',   '01', '310101199003033456', 'M', date '1990-03-03', '13700003333', date '2015-07-20', 'S010101', 'A', '03', 'R2', date '2026-03-05', 'N', '上海', '上海', date '2026-11-20'),
 ('C004', '赵六',   '01', '310104197504044567', 'F', date '1975-04-04', '13600004444', date '2008-09-09', 'S010102', 'A', '01', 'R3', date '2026-04-01', 'Y', '上海', '上海', date '2026-11-20'),
 ('C005', '钱七',   '01', '330106198805055678', 'M', date '1988-05-05', '13500005555', date '2016-11-11', 'S010201', 'A', '04', 'R5', date '2026-05-20', 'Y', '浙江', '杭州', date '2026-11-20'),
 ('C006', '孙八',   '01', '440106199206066789', 'F', date '1992-06-06', '13400006666', date '2018-01-08', 'S020101', 'A', '02', 'R2', date '2026-06-18', 'N', '广东', '广州', date '2026-11-20'),
 ('C007', '周九',   '01', '440106199507077890', 'M', date '1995-07-07', '13300007777', date '2019-04-04', 'S020101', 'A', '05', 'R1', date '2026-07-07', 'Y', '广东', '广州', date '2026-11-20'),
 ('C008', '张小明', '01', '310101200008088901', 'M', date '2000-08-08', '13200001111', date '2026-11-19', 'S010101', 'A', '06', 'R1', date '2026-11-19', 'N', '上海', '上海', date '2026-11-20');

insert into customer_manager (cust_id, staff_id, rel_type, share_pct, since_date) values
 ('C001', 'RM001', 'M', 100.00, date '2020-01-01'),
 ('C002', 'RM001', 'M',  70.00, date '2021-06-01'),
 ('C002', 'RM002', 'A',  30.00, date '2023-03-15'),
 ('C003', 'RM002', 'M', 100.00, date '2019-09-01'),
 ('C004', 'RM003', 'M', 100.00, date '2018-02-01'),
 ('C005', 'RM005', 'M',  80.00, date '2022-01-01'),
 ('C005', 'RM001', 'A',  20.00, date '2024-05-01'),
 ('C006', 'RM004', 'M', 100.00, date '2020-10-10'),
 ('C007', 'RM004', 'M', 100.00, date '2021-12-12');

-- customer_metrics on three published dates (C008 opened on 2026-11-19, so 2026-11-18 has 7 rows)
insert into customer_metrics (biz_date, cust_id, branch_code, aum, aum_avg_30, tier, asset_interval, activity_level,
                              coverage, categories, main_rm, churn_score) values
 (date '2026-11-20', 'C001', 'S010101', 8200000.00, 7950000.00, 'VIP1', 'A10', 'L2', 4, 'DD;TD;WM;FEQ',     'RM001', 0.0500),
 (date '2026-11-20', 'C002', 'S010101', 1250000.50, 1180000.25, 'VIP2', 'A08', 'L3', 3, 'DD;WM;FBD',        'RM001', 0.1200),
 (date '2026-11-20', 'C003', 'S010101',  620000.00,  580000.00, 'VIP3', 'A07', 'L4', 2, 'DD;TD',            'RM002', 0.2000),
 (date '2026-11-20', 'C004', 'S010102',   98000.00,   95500.00, 'VIP4', 'A04', 'L3', 2, 'DD;FMM',           'RM003', 0.3000),
 (date '2026-11-20', 'C005', 'S010201', 2300000.00, 2100000.00, 'VIP2', 'A08', 'L1', 5, 'DD;TD;WM;FMM;FEQ', 'RM005', 0.0300),
 (date '2026-11-20', 'C006', 'S020101',   45000.00,   52000.00, 'VIP4', 'A03', 'L5', 1, 'DD',               'RM004', 0.6000),
 (date '2026-11-20', 'C007', 'S020101',   12345.67,   11000.00, 'MASS', 'A03', 'L4', 1, 'DD',               'RM004', 0.4000),
 (date '2026-11-20', 'C008', 'S010101',     800.00,     750.00, 'MASS', 'A01', 'L5', 1, 'DD',               null,    null),
 (date '2026-11-19', 'C001', 'S010101', 8100000.00, 7900000.00, 'VIP1', 'A10', 'L2', 4, 'DD;TD;WM;FEQ',     'RM001', 0.0500),
 (date '2026-11-19', 'C002', 'S010101', 1240000.00, 1175000.00, 'VIP2', 'A08', 'L3', 3, 'DD;WM;FBD',        'RM001', 0.1200),
 (date '2026-11-19', 'C003', 'S010101',  610000.00,  578000.00, 'VIP3', 'A07', 'L4', 2, 'DD;TD',            'RM002', 0.2000),
 (date '2026-11-19', 'C004', 'S010102',   97000.00,   95400.00, 'VIP4', 'A04', 'L3', 2, 'DD;FMM',           'RM003', 0.3000),
 (date '2026-11-19', 'C005', 'S010201', 2250000.00, 2090000.00, 'VIP2', 'A08', 'L1', 5, 'DD;TD;WM;FMM;FEQ', 'RM005', 0.0300),
 (date '2026-11-19', 'C006', 'S020101',   46000.00,   52300.00, 'VIP4', 'A03', 'L5', 1, 'DD',               'RM004', 0.6000),
 (date '2026-11-19', 'C007', 'S020101',   12000.00,   10950.00, 'MASS', 'A03', 'L4', 1, 'DD',               'RM004', 0.4000),
 (date '2026-11-19', 'C008', 'S010101',     700.00,     700.00, 'MASS', 'A01', 'L5', 1, 'DD',               null,    null),
 (date '2026-11-18', 'C001', 'S010101', 8000000.00, 7850000.00, 'VIP1', 'A10', 'L2', 4, 'DD;TD;WM;FEQ',     'RM001', 0.0500),
 (date '2026-11-18', 'C002', 'S010101', 1230000.00, 1170000.00, 'VIP2', 'A08', 'L3', 3, 'DD;WM;FBD',        'RM001', 0.1200),
 (date '2026-11-18', 'C003', 'S010101',  600000.00,  576000.00, 'VIP3', 'A07', 'L4', 2, 'DD;TD',            'RM002', 0.2000),
 (date '2026-11-18', 'C004', 'S010102',   96000.00,   95300.00, 'VIP4', 'A04', 'L3', 2, 'DD;FMM',           'RM003', 0.3000),
 (date '2026-11-18', 'C005', 'S010201', 2200000.00, 2080000.00, 'VIP2', 'A08', 'L1', 5, 'DD;TD;WM;FMM;FEQ', 'RM005', 0.0300),
 (date '2026-11-18', 'C006', 'S020101',   47000.00,   52600.00, 'VIP4', 'A03', 'L5', 1, 'DD',               'RM004', 0.6000),
 (date '2026-11-18', 'C007', 'S020101',   11500.00,   10900.00, 'MASS', 'A03', 'L4', 1, 'DD',               'RM004', 0.4000);

-- C001's holdings on 2026-11-20 add up to its AUM: 1,200,000 + 3,000,000 (deposits) + 2,500,000 (wealth)
-- + 1,000,000 shares x NAV 1.5000 of 2026-11-20 (the 2026-11-21 NAV must not be used) = 8,200,000.00
insert into product (category, prod_code, prod_name, prod_type, risk_rating, company, issue_date, end_date, status, biz_date) values
 ('DEPOSIT', 'DD01',   '个人活期储蓄',     'DD', 'R1', null,           null,               null,               'A', date '2026-11-20'),
 ('DEPOSIT', 'TD3Y',   '三年期整存整取',   'TD', 'R1', null,           null,               null,               'A', date '2026-11-20'),
 ('WEALTH',  'WM001',  '稳健增利30天理财', '01', 'R2', '本行理财子公司', date '2026-01-01', date '2027-01-01', 'A', date '2026-11-20'),
 ('FUND',    '000001', '沪深300指数A',     'EQ', 'R4', '示例基金公司',   date '2015-01-01', null,               'A', date '2026-11-20');

insert into account (acct_no, cust_id, acct_type, product_code, currency, open_date, maturity_date, close_date, status, branch_code, biz_date) values
 ('6222000000000001', 'C001', 'DD', 'DD01', 'CNY', date '2010-03-01', null,               null, 'A', 'S010101', date '2026-11-20'),
 ('6222000000000002', 'C001', 'TD', 'TD3Y', 'CNY', date '2024-06-01', date '2027-06-01', null, 'A', 'S010101', date '2026-11-20'),
 ('6222000000000003', 'C001', 'LN', null,   'CNY', date '2022-01-01', date '2042-01-01', null, 'A', 'S010101', date '2026-11-20'),
 ('6222000000000004', 'C003', 'DD', 'DD01', 'CNY', date '2015-07-20', null,               null, 'A', 'S010101', date '2026-11-20');

insert into account_balance (bal_date, acct_no, currency, balance, balance_cny) values
 (date '2026-11-20', '6222000000000001', 'CNY', 1200000.00, 1200000.00),
 (date '2026-11-20', '6222000000000002', 'CNY', 3000000.00, 3000000.00),
 (date '2026-11-20', '6222000000000003', 'CNY', -500000.00, -500000.00),
 (date '2026-11-19', '6222000000000001', 'CNY', 1100000.00, 1100000.00),
 (date '2026-11-20', '6222000000000004', 'CNY',  620000.00,  620000.00);

insert into wm_holding (hold_date, cust_id, prod_code, shares, market_value_cny) values
 (date '2026-11-20', 'C001', 'WM001', 2450000.00, 2500000.00),
 (date '2026-11-19', 'C001', 'WM001', 2450000.00, 2490000.00);

insert into fund_share (share_date, ta_acct, cust_id, fund_code, shares, frozen_shares) values
 (date '2026-11-20', 'TA0001', 'C001', '000001', 1000000.00, 0.00),
 (date '2026-11-19', 'TA0001', 'C001', '000001', 1000000.00, 0.00);

insert into fund_nav (nav_date, fund_code, nav, acc_nav) values
 (date '2026-11-18', '000001', 1.4700, 2.4700),
 (date '2026-11-19', '000001', 1.4800, 2.4800),
 (date '2026-11-20', '000001', 1.5000, 2.5000),
 (date '2026-11-21', '000001', 1.6000, 2.6000);

insert into nightly_run (run_id, biz_date, job_execution_id, status, started_at, ended_at, customers, rejected, message) values
 (1, date '2026-11-18', 11, 'COMPLETED', timestamp '2026-11-19 01:00:00', timestamp '2026-11-19 01:12:30', 7, 0, null),
 (2, date '2026-11-19', 12, 'FAILED',    timestamp '2026-11-20 01:00:00', timestamp '2026-11-20 01:03:10', null, 1, '文件 ta_share_20261119.csv 缺失'),
 (3, date '2026-11-19', 13, 'COMPLETED', timestamp '2026-11-20 08:30:00', timestamp '2026-11-20 08:41:05', 8, 1, '补跑成功'),
 (4, date '2026-11-20', 14, 'COMPLETED', timestamp '2026-11-21 01:00:00', timestamp '2026-11-21 01:11:45', 8, 2, null);

insert into nightly_run_file (run_id, file_name, verdict, read_count, loaded_count, rejected_count, message) values
 (4, 'cbs_customer_20261120.csv', 'LOADED', 9, 8, 1, null),
 (4, 'cbs_balance_20261120.csv',  'LOADED', 5, 4, 1, null),
 (4, 'ta_share_20261120.csv',     'LOADED', 1, 1, 0, null);

insert into load_reject (biz_date, file_name, line_no, reason_code, reason, raw_line) values
 (date '2026-11-20', 'cbs_customer_20261120.csv', 7, 'BAD_DATE',  '出生日期格式错误', 'C009,...'),
 (date '2026-11-20', 'cbs_balance_20261120.csv',  3, 'NO_ACCOUNT', '账号不存在',      '6222999,...'),
 (date '2026-11-19', 'cbs_customer_20261119.csv', 2, 'BAD_DATE',  '出生日期格式错误', 'C010,...');

-- Manager KPIs (crm-batch manager_kpis, definitions in crm-batch .../batch/kpi/README.md) of 2026-11-20, as the night
-- computes them from the mart above: a customer counts for its main RM and every org unit above the RM's org unit
-- (C008, in the pool, for its home sub-branch S010101); aum_mtd_avg is the mean of the unit's AUM on 11-18, 11-19
-- and 11-20 (e.g. RM001: (9,230,000 + 9,340,000 + 9,450,000.50) / 3 = 9,340,000.17). Exception: the fixture mart has
-- no October or 2025 dates, so the MoM/YoY bases are hand-set as if 2026-10-20 and 2025-11-20 had been published
-- (children add up to parents; RM004's customers were not yet with the bank a year before: base 0).
--   HO000 MoM (12,526,146.17 - 12,060,000) / 12,060,000 = 3.87 %; YoY 2,426,146.17 / 10,100,000 = 24.02 %
--   RM001 MoM 150,000.50 / 9,300,000 = 1.61 %; YoY 1,450,000.50 / 8,000,000 = 18.13 % (18.1250006 half-up)
insert into kpi_day (biz_date, unit_level, unit_id, customers, aum, aum_mtd_avg, aum_mom_base, aum_mom_change,
                     aum_yoy_base, aum_yoy_change, cust_vip1, cust_vip2, cust_vip3, cust_vip4, cust_mass,
                     tier_upgrades, tier_downgrades, tier_upgrades_mtd, tier_downgrades_mtd, new_customers,
                     new_customers_mtd, fund_sales_marketer, fund_sales_marketer_mtd, fund_sales_share,
                     fund_sales_share_mtd, wealth_sales_share, wealth_sales_share_mtd, vip_customers, vip_contacted_30,
                     vip_contacted_90, vip_contact_rate_30, vip_contact_rate_90, customers_lost, aum_lost,
                     customers_lost_mtd, aum_lost_mtd) values
 (date '2026-11-20', 'BANK', 'HO000', 8, 12526146.17, 12355448.72, 12060000.00, 466146.17, 10100000.00, 2426146.17, 1, 2, 1, 2, 2, 0, 0, null, null, 0, null, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0.0000, 0.0000, 0, 0, null, null),
 (date '2026-11-20', 'REGION', 'R01', 6, 12468800.50, 12297500.17, 12000000.00, 468800.50, 10100000.00, 2368800.50, 1, 2, 1, 1, 1, 0, 0, null, null, 0, null, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0.0000, 0.0000, 0, 0, null, null),
 (date '2026-11-20', 'REGION', 'R02', 2, 57345.67, 57948.56, 60000.00, -2654.33, 0.00, 57345.67, 0, 0, 0, 1, 1, 0, 0, null, null, 0, null, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0.0000, 0.0000, 0, 0, null, null),
 (date '2026-11-20', 'BRANCH', 'B0101', 5, 10168800.50, 10047500.17, 10000000.00, 168800.50, 8600000.00, 1568800.50, 1, 1, 1, 1, 1, 0, 0, null, null, 0, null, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0.0000, 0.0000, 0, 0, null, null),
 (date '2026-11-20', 'BRANCH', 'B0102', 1, 2300000.00, 2250000.00, 2000000.00, 300000.00, 1500000.00, 800000.00, 0, 1, 0, 0, 0, 0, 0, null, null, 0, null, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0.0000, 0.0000, 0, 0, null, null),
 (date '2026-11-20', 'BRANCH', 'B0201', 2, 57345.67, 57948.56, 60000.00, -2654.33, 0.00, 57345.67, 0, 0, 0, 1, 1, 0, 0, null, null, 0, null, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0.0000, 0.0000, 0, 0, null, null),
 (date '2026-11-20', 'TEAM', 'S010101', 4, 10070800.50, 9950500.17, 9900000.00, 170800.50, 8500000.00, 1570800.50, 1, 1, 1, 0, 1, 0, 0, null, null, 0, null, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0.0000, 0.0000, 0, 0, null, null),
 (date '2026-11-20', 'TEAM', 'S010102', 1, 98000.00, 97000.00, 100000.00, -2000.00, 100000.00, -2000.00, 0, 0, 0, 1, 0, 0, 0, null, null, 0, null, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0.0000, 0.0000, 0, 0, null, null),
 (date '2026-11-20', 'TEAM', 'S010201', 1, 2300000.00, 2250000.00, 2000000.00, 300000.00, 1500000.00, 800000.00, 0, 1, 0, 0, 0, 0, 0, null, null, 0, null, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0.0000, 0.0000, 0, 0, null, null),
 (date '2026-11-20', 'TEAM', 'S020101', 2, 57345.67, 57948.56, 60000.00, -2654.33, 0.00, 57345.67, 0, 0, 0, 1, 1, 0, 0, null, null, 0, null, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0.0000, 0.0000, 0, 0, null, null),
 (date '2026-11-20', 'RM', 'RM001', 2, 9450000.50, 9340000.17, 9300000.00, 150000.50, 8000000.00, 1450000.50, 1, 1, 0, 0, 0, 0, 0, null, null, 0, null, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0.0000, 0.0000, 0, 0, null, null),
 (date '2026-11-20', 'RM', 'RM002', 1, 620000.00, 610000.00, 600000.00, 20000.00, 500000.00, 120000.00, 0, 0, 1, 0, 0, 0, 0, null, null, 0, null, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0.0000, 0.0000, 0, 0, null, null),
 (date '2026-11-20', 'RM', 'RM003', 1, 98000.00, 97000.00, 100000.00, -2000.00, 100000.00, -2000.00, 0, 0, 0, 1, 0, 0, 0, null, null, 0, null, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0.0000, 0.0000, 0, 0, null, null),
 (date '2026-11-20', 'RM', 'RM004', 2, 57345.67, 57948.56, 60000.00, -2654.33, 0.00, 57345.67, 0, 0, 0, 1, 1, 0, 0, null, null, 0, null, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0.0000, 0.0000, 0, 0, null, null),
 (date '2026-11-20', 'RM', 'RM005', 1, 2300000.00, 2250000.00, 2000000.00, 300000.00, 1500000.00, 800000.00, 0, 1, 0, 0, 0, 0, 0, null, null, 0, null, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0.0000, 0.0000, 0, 0, null, null);

-- November so far (as of 2026-11-20) for RM001 and team S010101; no October date published: MoM, YoY and the
-- month's tier moves, new and lost customers are null (no base)
insert into kpi_month (month_start, unit_level, unit_id, as_of_date, customers, aum_end, aum_avg, aum_mom_base,
                       aum_mom_change, aum_yoy_base, aum_yoy_change, cust_vip1, cust_vip2, cust_vip3, cust_vip4,
                       cust_mass, tier_upgrades, tier_downgrades, new_customers, fund_sales_marketer,
                       fund_sales_share, wealth_sales_share, vip_customers, vip_contact_rate_30, vip_contact_rate_90,
                       customers_lost, aum_lost) values
 (date '2026-11-01', 'RM', 'RM001', date '2026-11-20', 2, 9450000.50, 9340000.17, null, null, null, null,
  1, 1, 0, 0, 0, null, null, null, 0, 0, 0, 2, 0.0000, 0.0000, null, null),
 (date '2026-11-01', 'TEAM', 'S010101', date '2026-11-20', 4, 10070800.50, 9950500.17, null, null, null, null,
  1, 1, 1, 0, 1, null, null, null, 0, 0, 0, 3, 0.0000, 0.0000, null, null);

-- churn alert raised by the night of 2026-11-20: C006 (VIP4, churn 0.6 >= 0.5), for its main manager RM004
insert into churn_alert (biz_date, cust_id, staff_id, branch_code, tier, aum, churn_score, churn_reasons, status) values
 (date '2026-11-20', 'C006', 'RM004', 'S020101', 'VIP4', 45000.00, 0.6000, 'AUM_CHANGE_90=-12.5;DAYS_SINCE_CONTACT=75', 'OPEN');

-- The system administrator (recycle bin purge): a staff row without a customer-seeing position, role ADMIN.
insert into staff (staff_id, staff_name, org_code, position, status, mobile, biz_date) values
 ('ADM01', '郑管理', 'HO000', 'OPS', 'A', '13910000012', date '2026-11-20');
insert into app_user (username, password_hash, staff_id, display_name, enabled) values
 ('admin', '{bcrypt}$2a$10$J3S9.J7Q8XJe6oJjDJXW2eUofMOuaEUuqMIf7KNYZMrrdWE20gCYy', 'ADM01', '郑管理', true);
insert into app_user_role (username, role) values ('admin', 'ADMIN');
