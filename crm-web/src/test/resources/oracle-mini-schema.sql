-- Just the columns the Oracle-variant statements read; H2 (Oracle mode) cannot take the real migration's checks.
create table org_unit (org_code varchar(12) primary key, org_name varchar(60), org_level smallint,
                       parent_code varchar(12), org_path varchar(100));
create table staff (staff_id varchar(16) primary key, staff_name varchar(40), org_code varchar(12));
create table customer (cust_id varchar(16) primary key, cust_name varchar(60), id_no varchar(32),
                       mobile varchar(20), branch_code varchar(12));
create table customer_manager (cust_id varchar(16), staff_id varchar(16), rel_type char(1));
create table customer_metrics (biz_date date, cust_id varchar(16), branch_code varchar(12), aum numeric(18,2),
                               aum_avg_30 numeric(18,2), tier varchar(4), asset_interval varchar(3),
                               activity_level varchar(2), coverage smallint, categories varchar(30),
                               main_rm varchar(16));
insert into org_unit values ('HO000', '总行', 1, null, '/HO000/');
insert into org_unit values ('R01', '华东区域', 2, 'HO000', '/HO000/R01/');
insert into org_unit values ('R02', '华南区域', 2, 'HO000', '/HO000/R02/');
insert into staff values ('RM001', '张伟', 'R01');
insert into customer values ('C001', '张三', '310101198001011234', '13800001111', 'R01');
insert into customer values ('C002', '李四', '310101198502022345', '13900002222', 'R01');
insert into customer values ('C003', '王五', '440106199206066789', '13400006666', 'R02');
insert into customer_manager values ('C001', 'RM001', 'M');
insert into customer_manager values ('C002', 'RM001', 'A');
insert into customer_metrics values (date '2026-11-20', 'C001', 'R01', 300.00, 300.00, 'MASS', 'A01', 'L5', 1, 'DD', 'RM001');
insert into customer_metrics values (date '2026-11-20', 'C002', 'R01', 200.00, 200.00, 'MASS', 'A01', 'L5', 1, 'DD', null);
insert into customer_metrics values (date '2026-11-20', 'C003', 'R02', 100.00, 100.00, 'MASS', 'A01', 'L5', 1, 'DD', null);
insert into customer_metrics values (date '2026-11-19', 'C001', 'R01', 250.00, 250.00, 'MASS', 'A01', 'L5', 1, 'DD', 'RM001');
insert into customer_metrics values (date '2026-11-18', 'C001', 'R01', 150.00, 150.00, 'MASS', 'A01', 'L5', 1, 'DD', 'RM001');
-- churn scores for the manager cockpit's churn alerts (ManagerCockpitMapperOracleTests)
alter table customer_metrics add churn_score numeric(5,4);
update customer_metrics set churn_score = 0.7000 where cust_id = 'C001';
update customer_metrics set churn_score = 0.9000 where cust_id = 'C003';
