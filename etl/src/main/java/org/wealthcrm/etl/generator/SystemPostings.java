package org.wealthcrm.etl.generator;

import java.time.LocalDate;

/**
 * Postings the bank makes on a schedule: salary and pension credits, quarterly demand interest (the 21st of
 * March, June, September, December), monthly SMS fees, maturing time deposits (paid out or rolled over),
 * loan instalments and credit card repayments by direct debit.
 */
final class SystemPostings {

    private static final double DEMAND_RATE = 0.0010;
    private static final double LOAN_RATE = 0.04;
    private static final byte[] SALARY = Postings.utf8("代发工资");
    private static final byte[] PENSION = Postings.utf8("养老金");
    private static final byte[] INTEREST = Postings.utf8("结息");
    private static final byte[] TD_INTEREST = Postings.utf8("定期利息");
    private static final byte[] TD_WITHDRAWAL = Postings.utf8("定期到期支取");
    private static final byte[] TD_TO_DEMAND = Postings.utf8("定期到期转活期");
    private static final byte[] SMS_FEE = Postings.utf8("短信服务费");
    private static final byte[] LOAN = Postings.utf8("贷款还款");
    private static final byte[] CARD = Postings.utf8("信用卡还款");

    private final Bank bank;
    private final Postings postings;
    private final Accounts accounts;
    private final Customers customers;

    SystemPostings(Bank bank, Postings postings) {
        this.bank = bank;
        this.postings = postings;
        this.accounts = bank.accounts;
        this.customers = bank.customers;
    }

    void post(int c, int dd, int day, int dayOfMonth, boolean drifting, Rng rng) {
        boolean salaryMoved = drifting && day - customers.driftStart[c] >= 3;
        if (customers.payday[c] == dayOfMonth && customers.salary[c] > 0 && !salaryMoved) {
            long amount = customers.salary[c] * rng.between(95, 105) / 100;
            postings.post(dd, false, amount, "SYS", "3001", -1, customers.pensioner[c] ? PENSION : SALARY,
                Postings.time(rng, 9, 10));
        }
        if (customers.feeDay[c] == dayOfMonth && accounts.balance[dd] >= 200) {
            postings.post(dd, true, 200, "SYS", "5002", -1, SMS_FEE, Postings.time(rng, 1, 2));
        }
        LocalDate date = bank.calendar.date(day);
        if (dayOfMonth == 21 && date.getMonthValue() % 3 == 0) {
            long interest = Math.round(accounts.balance[dd] * DEMAND_RATE * 90 / 360);
            if (interest > 0) {
                postings.post(dd, false, interest, "SYS", "5001", -1, INTEREST, Postings.time(rng, 0, 1));
            }
        }
        int repaymentDay = (customers.payday[c] > 0 ? customers.payday[c] : 20) % 28 + 1;
        int first = accounts.first[c];
        for (int a = first; a < first + accounts.count[c]; a++) {
            if (accounts.open(a)) {
                scheduled(a, dd, day, dayOfMonth == repaymentDay, drifting, rng);
            }
        }
    }

    private void scheduled(int a, int dd, int day, boolean repaymentDay, boolean drifting, Rng rng) {
        long today = bank.calendar.epochDay(day);
        if (accounts.type[a] == Accounts.TD && accounts.maturityDay[a] == today) {
            mature(a, dd, day, drifting || rng.chance(0.5), rng);
        } else if (repaymentDay && accounts.type[a] == Accounts.LN && accounts.balance[a] > 0) {
            long months = Math.max(1, (accounts.maturityDay[a] - today) / 30);
            long principal = accounts.balance[a] / months;
            long instalment = principal + Math.round(accounts.balance[a] * LOAN_RATE / 12);
            if (instalment <= accounts.balance[dd]) {
                postings.post(dd, true, instalment, "SYS", "7001", -1, LOAN, Postings.time(rng, 2, 5));
                accounts.balance[a] -= principal;
            }
        } else if (repaymentDay && accounts.type[a] == Accounts.CC && accounts.balance[a] > 0
            && accounts.balance[a] <= accounts.balance[dd]) {
            postings.post(dd, true, accounts.balance[a], "SYS", "2002", -1, CARD, Postings.time(rng, 2, 5));
            accounts.balance[a] = 0;
        }
    }

    private void mature(int a, int dd, int day, boolean payOut, Rng rng) {
        int term = OpeningPositions.TD_TERM_DAYS[accounts.product[a]];
        long principal = accounts.balance[a];
        long interest = Math.round(principal * OpeningPositions.TD_RATES[accounts.product[a]] * term / 365);
        int time = Postings.time(rng, 0, 1);
        if (payOut) {
            postings.post(a, true, principal, "SYS", "2002", -1, TD_WITHDRAWAL, time);
            accounts.close(a, (int) bank.calendar.epochDay(day));
            postings.post(dd, false, principal, "SYS", "2001", -1, TD_TO_DEMAND, time);
            if (interest > 0) {
                postings.post(dd, false, interest, "SYS", "5001", -1, TD_INTEREST, time);
            }
        } else {
            if (interest > 0) {
                postings.post(a, false, interest, "SYS", "5001", -1, TD_INTEREST, time);
            }
            accounts.maturityDay[a] += term;
        }
    }
}
