-- The running night's latest progress line (step, count, rate, ETA), shown on the operations page.
alter table nightly_run add column progress varchar(400);
