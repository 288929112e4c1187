package org.wealthcrm.etl.generator;

/**
 * Simulates one business date customer by customer: system postings (salary, interest, fees, maturing time
 * deposits, loan and card repayments), everyday banking, wealth and fund business, and the drift of
 * customers who are moving their money to another bank. Each customer-day draws from its own random
 * stream, so the result does not depend on anything but the seed.
 */
final class DaySimulator {

    private static final long YUAN = 100;
    private static final String[] TRANSFER_CHANNELS = {"MOB", "MOB", "MOB", "WEB", "CTR"};
    private static final byte[] CASH_IN = Postings.utf8("现金存入");
    private static final byte[] CASH_OUT = Postings.utf8("ATM取款");
    private static final byte[] TRANSFER_IN = Postings.utf8("转账转入");
    private static final byte[] INTERBANK_IN = Postings.utf8("跨行转入");
    private static final byte[] TRANSFER_OUT = Postings.utf8("转账支出");
    private static final byte[] INTERBANK_OUT = Postings.utf8("跨行转出");
    private static final byte[][] BILLS = Postings.encode("电费", "水费", "燃气费", "话费充值", "物业费", "宽带费");
    private static final byte[][] SHOPS = Postings.encode("POS消费", "快捷支付-美团", "快捷支付-京东",
        "快捷支付-淘宝", "超市消费", "餐饮消费", "加油站消费", "快捷支付-拼多多");

    private final Bank bank;
    private final Customers customers;
    private final Accounts accounts;
    private final Postings postings;
    private final SystemPostings system;
    private final FundDesk funds;
    private final WealthDesk wealth;
    private final Rng rng = new Rng(0);

    DaySimulator(Bank bank) {
        this.bank = bank;
        this.customers = bank.customers;
        this.accounts = bank.accounts;
        this.postings = new Postings(accounts);
        this.system = new SystemPostings(bank, postings);
        this.funds = new FundDesk(bank, postings);
        this.wealth = new WealthDesk(bank, postings);
    }

    void simulate(int day, RecordWriter txnOut, RecordWriter confirmOut, Progress progress) {
        postings.startDay(txnOut, bank.calendar.yyyymmdd(day));
        funds.startDay(confirmOut, day);
        int dayOfMonth = bank.calendar.dayOfMonth(day);
        boolean trading = bank.calendar.trading(day);
        for (int c = 0; c < customers.size; c++) {
            if (customers.status[c] == 'A') {
                rng.reseed(bank.seed(), 1000 + day, c);
                int dd = accounts.first[c];
                boolean drifting = day >= customers.driftStart[c];
                system.post(c, dd, day, dayOfMonth, drifting, rng);
                if (drifting) {
                    drift(c, dd, day, day - customers.driftStart[c], trading);
                }
                everydayBanking(c, dd);
                if (trading) {
                    investments(c, dd, day, dayOfMonth);
                }
            }
            if ((c & 4095) == 4095) {
                progress.step(4096);
            }
        }
        progress.step(customers.size & 4095);
    }

    private void everydayBanking(int c, int dd) {
        long salary = customers.salary[c];
        if (rng.chance(0.17)) {
            long amount = rng.logNormalCents(Math.max(60, salary / 100 / 60.0), 1.0);
            int card = card(c);
            boolean onCard = card >= 0 && rng.chance(0.5);
            if (onCard || amount <= accounts.balance[dd]) {
                postings.post(onCard ? card : dd, true, amount, rng.chance(0.5) ? "POS" : "MOB", "4002", -1,
                    SHOPS[rng.nextInt(SHOPS.length)], Postings.time(rng, 8, 22));
            }
        }
        if (rng.chance(0.035)) {
            pay(dd, rng.logNormalCents(180, 0.7), rng.chance(0.7) ? "MOB" : "WEB", "4001", -1,
                BILLS[rng.nextInt(BILLS.length)]);
        }
        transfers(dd, salary);
        if (rng.chance(0.012)) {
            postings.post(dd, false, rng.logNormalCents(2_000, 0.8) / 10_000 * 10_000 + 10_000,
                rng.chance(0.6) ? "CTR" : "ATM", "1001", -1, CASH_IN, Postings.time(rng, 9, 17));
        }
        if (rng.chance(0.018)) {
            pay(dd, rng.logNormalCents(800, 0.6) / 10_000 * 10_000 + 10_000, rng.chance(0.8) ? "ATM" : "CTR",
                "1002", -1, CASH_OUT);
        }
    }

    /** Transfers in and out, sized to the customer's salary and balance; some cross to other banks. */
    private void transfers(int dd, long salary) {
        if (rng.chance(0.03)) {
            boolean interbank = rng.chance(0.5);
            long amount = rng.logNormalCents(Math.max(1_500, accounts.balance[dd] * 0.04 / 100), 1.0);
            postings.post(dd, false, amount, channel(), "2001", interbank ? rng.nextInt(Postings.BANKS.length) : -1,
                interbank ? INTERBANK_IN : TRANSFER_IN, Postings.time(rng, 8, 22));
        }
        if (rng.chance(0.035)) {
            boolean interbank = rng.chance(0.3);
            double median = Math.min(500_000, Math.max(500, Math.max(salary * 0.003, accounts.balance[dd] * 0.0005)));
            pay(dd, rng.logNormalCents(median, 1.0), channel(), "2002",
                interbank ? rng.nextInt(Postings.BANKS.length) : -1, interbank ? INTERBANK_OUT : TRANSFER_OUT);
        }
    }

    private void investments(int c, int dd, int day, int dayOfMonth) {
        funds.fundEvents(c, dd, day, dayOfMonth);
        if (customers.risk[c] == 0) {
            return;
        }
        boolean affluent = accounts.balance[dd] >= 50_000 * YUAN;
        String channel = rng.chance(0.35) ? "CTR" : rng.chance(0.8) ? "MOB" : "WEB";
        if (rng.chance(affluent ? 0.012 : 0.003)) {
            wealth.buy(c, dd, day, channel, rng);
        }
        if (rng.chance(0.003)) {
            wealth.redeem(c, dd, day, rng.chance(0.5), rng);
        }
        fundPurchases(c, dd, day, dayOfMonth, affluent, channel);
        int slot = c * Portfolio.FUND_SLOTS + rng.nextInt(Portfolio.FUND_SLOTS);
        if (bank.portfolio.fund[slot] >= 0) {
            if (rng.chance(0.02)) {
                funds.redeem(c, dd, slot, rng.chance(0.4), channel, day);
            } else if (rng.chance(0.004)) {
                int target = bank.portfolio.fund[slot] / 5 * 5 + rng.nextInt(5);
                funds.convert(c, slot, target, channel, day, rng);
            }
        }
    }

    private void fundPurchases(int c, int dd, int day, int dayOfMonth, boolean affluent, String channel) {
        if (rng.chance(affluent ? 0.012 : 0.005)) {
            long amount = Math.min(rng.logNormalCents(10_000, 0.8), accounts.balance[dd] * 8 / 10) / 10_000 * 10_000;
            funds.buy(c, dd, rng.nextInt(bank.funds.count()), amount, "122", channel, day, rng);
        }
        if (customers.planDay[c] == dayOfMonth) {
            int slot = c * Portfolio.FUND_SLOTS;
            int f = bank.portfolio.fund[slot] >= 0 ? bank.portfolio.fund[slot] : 0;
            funds.buy(c, dd, f, customers.planAmount[c], "139", "SYS", day, rng);
        }
        if (customers.risk[c] >= 3 && rng.chance(0.002)) {
            long amount = Math.min(rng.logNormalCents(20_000, 0.7), accounts.balance[dd]) / 100_000 * 100_000;
            funds.buy(c, dd, FundShelf.NEW_FUND, amount, "120", channel, day, rng);
        }
    }

    /** A customer moving away: rising transfers to another bank, redeeming investments first. */
    private void drift(int c, int dd, int day, int daysSince, boolean trading) {
        if (trading && rng.chance(0.3)) {
            if (rng.chance(0.5)) {
                wealth.redeem(c, dd, day, true, rng);
            } else {
                int slot = c * Portfolio.FUND_SLOTS + rng.nextInt(Portfolio.FUND_SLOTS);
                if (bank.portfolio.fund[slot] >= 0) {
                    funds.redeem(c, dd, slot, true, "MOB", day);
                }
            }
        }
        long balance = accounts.balance[dd];
        if (balance > 1_000 * YUAN && rng.chance(Math.min(0.8, 0.25 + 0.08 * daysSince))) {
            long amount = balance * rng.between(20, 50) / 100;
            postings.post(dd, true, amount, rng.chance(0.8) ? "MOB" : "WEB", "2002",
                rng.nextInt(Postings.BANKS.length), INTERBANK_OUT, Postings.time(rng, 8, 22));
        }
    }

    private void pay(int dd, long amount, String channel, String code, int counterparty, byte[] summary) {
        if (amount <= accounts.balance[dd]) {
            postings.post(dd, true, amount, channel, code, counterparty, summary, Postings.time(rng, 8, 22));
        }
    }

    private int card(int c) {
        int first = accounts.first[c];
        for (int a = first; a < first + accounts.count[c]; a++) {
            if (accounts.type[a] == Accounts.CC && accounts.open(a)) {
                return a;
            }
        }
        return -1;
    }

    private String channel() {
        return TRANSFER_CHANNELS[rng.nextInt(TRANSFER_CHANNELS.length)];
    }
}
