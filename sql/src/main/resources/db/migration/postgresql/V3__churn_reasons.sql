-- Top three churn reasons of a scored customer, as CODE=value pairs joined by ';' (texts live in the web app).
alter table customer_metrics add column churn_reasons varchar(200);
