-- The workbench's tables and columns on top of oracle-mini-schema.sql, for the Oracle-variant statement tests.
alter table customer add column name_initials varchar(60);
alter table customer add column status char(1) default 'A';
alter table customer add column birth_date date;
alter table customer_manager add column since_date date;
update customer set name_initials = 'zs', birth_date = date '1980-11-01' where cust_id = 'C001';
update customer set name_initials = 'ls' where cust_id = 'C002';
update customer_manager set since_date = date '2026-08-01';
create table customer_pool (cust_id varchar(16) primary key, state char(1), entered_date date,
                            previous_owner varchar(16), reason varchar(200));
insert into customer_pool values ('C003', 'P', date '2026-11-01', 'RM009', null);
create table service_record (record_id bigint primary key, cust_id varchar(16), staff_id varchar(16),
                             service_type varchar(20), served_at timestamp, content varchar(2000),
                             outcome varchar(20), next_contact_date date);
insert into service_record values (1, 'C002', 'RM001', 'CALL', timestamp '2026-11-10 10:00:00', '回访', 'FOLLOW',
                                   date '2026-11-15');
