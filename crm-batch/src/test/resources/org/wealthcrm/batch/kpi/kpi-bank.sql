-- A hand-built bank for ManagerKpisFunctionalTest. Bank HO > regions R1, R2 > branches B1 (R1), B2 (R2) >
-- teams T1, T2 (B1), T3 (B2). RM1, RM2 sit in T1, RM3 in T2, RM4 in T3. Published dates: 2025-11-20 (YoY base),
-- 2026-10-20 (MoM base of 2026-11-20), 2026-10-31 (previous month end), 2026-11-19, 2026-11-20.
insert into org_unit (org_code, org_name, org_level, parent_code, org_path, biz_date) values
 ('HO', '总行', 1, null, '/HO/', date '2026-11-20'),
 ('R1', '一区', 2, 'HO', '/HO/R1/', date '2026-11-20'),
 ('R2', '二区', 2, 'HO', '/HO/R2/', date '2026-11-20'),
 ('B1', '一分行', 3, 'R1', '/HO/R1/B1/', date '2026-11-20'),
 ('B2', '二分行', 3, 'R2', '/HO/R2/B2/', date '2026-11-20'),
 ('T1', '一团队', 4, 'B1', '/HO/R1/B1/T1/', date '2026-11-20'),
 ('T2', '二团队', 4, 'B1', '/HO/R1/B1/T2/', date '2026-11-20'),
 ('T3', '三团队', 4, 'B2', '/HO/R2/B2/T3/', date '2026-11-20');

insert into staff (staff_id, staff_name, org_code, position, status, mobile, biz_date) values
 ('RM1', '甲', 'T1', 'RM', 'A', null, date '2026-11-20'),
 ('RM2', '乙', 'T1', 'RM', 'A', null, date '2026-11-20'),
 ('RM3', '丙', 'T2', 'RM', 'A', null, date '2026-11-20'),
 ('RM4', '丁', 'T3', 'RM', 'A', null, date '2026-11-20');

-- today's relationships: C2 is credited 70 % to RM1 (main) and 30 % to RM2 (assisting); C9 is in the public pool
insert into customer_manager (cust_id, staff_id, rel_type, share_pct, since_date) values
 ('C1', 'RM1', 'M', 100, date '2020-01-01'),
 ('C2', 'RM1', 'M',  70, date '2020-01-01'),
 ('C2', 'RM2', 'A',  30, date '2020-01-01'),
 ('C3', 'RM2', 'M', 100, date '2020-01-01'),
 ('C4', 'RM3', 'M', 100, date '2020-01-01'),
 ('C5', 'RM4', 'M', 100, date '2020-01-01'),
 ('C7', 'RM2', 'M', 100, date '2026-11-20'),
 ('C8', 'RM3', 'M', 100, date '2020-01-01');

-- the mart (cust, home branch, AUM, tier, main RM); C6 leaves after 2026-11-19, C7 is new on 2026-11-20,
-- C8's AUM falls to 0 on 2026-11-20, C9 (pool, home T3) is first seen on 2026-11-19
insert into customer_metrics (biz_date, cust_id, branch_code, aum, aum_avg_30, tier, asset_interval, activity_level,
                              coverage, categories, main_rm, churn_score) values
 (date '2025-11-20', 'C1', 'T1',  500000, 500000, 'VIP3', 'A07', 'L5', 1, 'DD', 'RM1', null),
 (date '2025-11-20', 'C4', 'T2',  100000, 100000, 'VIP4', 'A05', 'L5', 1, 'DD', 'RM3', null),
 (date '2026-10-20', 'C1', 'T1',  900000, 900000, 'VIP3', 'A07', 'L5', 1, 'DD', 'RM1', null),
 (date '2026-10-20', 'C2', 'T1',  200000, 200000, 'VIP4', 'A06', 'L5', 1, 'DD', 'RM1', null),
 (date '2026-10-20', 'C3', 'T1',   40000,  40000, 'MASS', 'A03', 'L5', 1, 'DD', 'RM2', null),
 (date '2026-10-20', 'C4', 'T2',  120000, 120000, 'VIP4', 'A05', 'L5', 1, 'DD', 'RM3', null),
 (date '2026-10-20', 'C5', 'T3',   60000,  60000, 'VIP4', 'A04', 'L5', 1, 'DD', 'RM4', null),
 (date '2026-10-31', 'C1', 'T1',  950000, 950000, 'VIP3', 'A07', 'L5', 1, 'DD', 'RM1', null),
 (date '2026-10-31', 'C2', 'T1',  210000, 210000, 'VIP4', 'A06', 'L5', 1, 'DD', 'RM1', null),
 (date '2026-10-31', 'C3', 'T1',   45000,  45000, 'MASS', 'A03', 'L5', 1, 'DD', 'RM2', null),
 (date '2026-10-31', 'C4', 'T2',  125000, 125000, 'VIP4', 'A05', 'L5', 1, 'DD', 'RM3', null),
 (date '2026-10-31', 'C5', 'T3',   61000,  61000, 'VIP4', 'A04', 'L5', 1, 'DD', 'RM4', null),
 (date '2026-10-31', 'C6', 'T1',   30000,  30000, 'MASS', 'A03', 'L5', 1, 'DD', 'RM1', null),
 (date '2026-10-31', 'C8', 'T2',   20000,  20000, 'MASS', 'A03', 'L5', 1, 'DD', 'RM3', null),
 (date '2026-11-19', 'C1', 'T1', 1000000, 950000, 'VIP3', 'A08', 'L5', 1, 'DD', 'RM1', null),
 (date '2026-11-19', 'C2', 'T1',  300000, 250000, 'VIP4', 'A06', 'L5', 1, 'DD', 'RM1', null),
 (date '2026-11-19', 'C3', 'T1',   50000,  45000, 'MASS', 'A04', 'L5', 1, 'DD', 'RM2', null),
 (date '2026-11-19', 'C4', 'T2',  130000, 125000, 'VIP4', 'A05', 'L5', 1, 'DD', 'RM3', null),
 (date '2026-11-19', 'C5', 'T3',   62000,  61000, 'VIP4', 'A04', 'L5', 1, 'DD', 'RM4', null),
 (date '2026-11-19', 'C6', 'T1',   35000,  32000, 'MASS', 'A03', 'L5', 1, 'DD', 'RM1', null),
 (date '2026-11-19', 'C8', 'T2',   20000,  20000, 'MASS', 'A03', 'L5', 1, 'DD', 'RM3', null),
 (date '2026-11-19', 'C9', 'T3',    7000,   7000, 'MASS', 'A02', 'L5', 1, 'DD', null,  null),
 (date '2026-11-20', 'C1', 'T1', 1200000, 1000000, 'VIP2', 'A08', 'L5', 1, 'DD', 'RM1', null),
 (date '2026-11-20', 'C2', 'T1',  310000, 260000, 'VIP4', 'A06', 'L5', 1, 'DD', 'RM1', null),
 (date '2026-11-20', 'C3', 'T1',   55000,  50000, 'VIP4', 'A04', 'L5', 1, 'DD', 'RM2', null),
 (date '2026-11-20', 'C4', 'T2',   40000,  48000, 'MASS', 'A03', 'L5', 1, 'DD', 'RM3', null),
 (date '2026-11-20', 'C5', 'T3',   63000,  61500, 'VIP4', 'A04', 'L5', 1, 'DD', 'RM4', null),
 (date '2026-11-20', 'C7', 'T1',    5000,   5000, 'MASS', 'A02', 'L5', 1, 'DD', 'RM2', null),
 (date '2026-11-20', 'C8', 'T2',       0,  15000, 'MASS', 'A01', 'L5', 0, null, 'RM3', null),
 (date '2026-11-20', 'C9', 'T3',    7000,   7000, 'MASS', 'A02', 'L5', 1, 'DD', null,  null);

-- fund sales: 120/122/139 count, 124 (redemption) does not, October's sale is outside the month
insert into fund_confirm (confirm_no, confirm_date, cust_id, ta_acct, fund_code, biz_code, apply_amount,
                          confirm_amount, confirm_shares, fee, nav, channel, marketer_id) values
 ('F1', date '2026-11-20', 'C2', 'TA2', '000001', '122', 10000, 10000, 10000, 0, 1, '01', 'RM2'),
 ('F2', date '2026-11-05', 'C1', 'TA1', '000001', '120', 50000, 50000, 50000, 0, 1, '01', 'RM1'),
 ('F3', date '2026-11-20', 'C4', 'TA4', '000001', '124',  8000,  8000,  8000, 0, 1, '01', 'RM3'),
 ('F4', date '2026-11-20', 'C5', 'TA5', '000001', '139',  1000,  1000,  1000, 0, 1, '01', null),
 ('F5', date '2026-10-30', 'C1', 'TA1', '000001', '122', 99999, 99999, 99999, 0, 1, '01', 'RM1');

-- wealth holdings: C1 buys 20,000 shares by 2026-11-19 and 50,000 more on 2026-11-20, C2 opens a position on
-- 2026-11-20, C3 opens one on 2026-11-19 and halves it on 2026-11-20 (a sale: not counted)
insert into wm_holding (hold_date, cust_id, prod_code, shares, market_value_cny) values
 (date '2026-10-31', 'C1', 'WM1',  80000,  80800),
 (date '2026-11-19', 'C1', 'WM1', 100000, 101000),
 (date '2026-11-20', 'C1', 'WM1', 150000, 153000),
 (date '2026-11-20', 'C2', 'WM2',  20000,  20000),
 (date '2026-11-19', 'C3', 'WM1',  10000,  10100),
 (date '2026-11-20', 'C3', 'WM1',   5000,   5100);

-- contacts: the 30-day window of 2026-11-20 starts 2026-10-22, the 90-day window 2026-08-23
insert into service_record (cust_id, staff_id, service_type, served_at, content, outcome, created_at) values
 ('C1', 'RM1', 'CALL', timestamp '2026-11-10 10:00:00', 'x', 'FOLLOW', timestamp '2026-11-10 10:00:00'),
 ('C2', 'RM1', 'CALL', timestamp '2026-09-15 10:00:00', 'x', 'FOLLOW', timestamp '2026-09-15 10:00:00'),
 ('C3', 'RM2', 'CALL', timestamp '2026-08-22 23:00:00', 'x', 'FOLLOW', timestamp '2026-08-22 23:00:00'),
 ('C4', 'RM3', 'CALL', timestamp '2026-11-15 10:00:00', 'x', 'FOLLOW', timestamp '2026-11-15 10:00:00'),
 ('C5', 'RM4', 'CALL', timestamp '2026-11-21 09:00:00', 'x', 'FOLLOW', timestamp '2026-11-21 09:00:00');

-- target list results of 2026-11-20 (as crm-batch listresult writes them): list 101 runs on the date; list 102
-- ended 10-31 and list 103 starts 11-21, so their rows do not count; '-' members have no main RM (no unit)
insert into target_list (list_id, list_name, owner_org, owner_path, created_by, criteria, start_date, end_date,
                         status, created_at) values
 (101, '十一月名单', 'HO', '/HO/', 'hq', '{}', date '2026-11-01', date '2026-11-30', 'PUBLISHED', timestamp '2026-11-01 09:00:00'),
 (102, '十月名单', 'HO', '/HO/', 'hq', '{}', date '2026-10-01', date '2026-10-31', 'CLOSED', timestamp '2026-10-01 09:00:00'),
 (103, '年末名单', 'HO', '/HO/', 'hq', '{}', date '2026-11-21', date '2026-12-31', 'PUBLISHED', timestamp '2026-11-20 09:00:00');
insert into target_list_result (biz_date, list_id, staff_id, members, contacted, converted, aum_before, aum_after,
                                aum_gained) values
 (date '2026-11-20', 101, 'RM1', 4, 3, 1, 0, 0, 0),
 (date '2026-11-20', 101, 'RM2', 2, 0, 0, 0, 0, 0),
 (date '2026-11-20', 101, 'RM3', 1, 1, 1, 0, 0, 0),
 (date '2026-11-20', 101, '-', 2, 1, 0, 0, 0, 0),
 (date '2026-11-20', 102, 'RM1', 10, 10, 5, 0, 0, 0),
 (date '2026-11-20', 103, 'RM4', 5, 5, 5, 0, 0, 0);
