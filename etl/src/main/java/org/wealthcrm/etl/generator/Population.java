package org.wealthcrm.etl.generator;

/** Draws every customer as of the eve of the first business date: identity, wealth, accounts, manager. */
final class Population {

    private static final long YUAN = 100;
    private static final int PRIVATE_BANKING_STRIDE = 2000;
    private static final long[] PLAN_AMOUNTS = {300, 500, 1000, 2000, 3000, 5000};

    private final Bank bank;
    private final long firstDay;
    private final OpeningPositions positions;

    Population(Bank bank) {
        this.bank = bank;
        this.firstDay = bank.calendar.epochDay(0);
        this.positions = new OpeningPositions(bank.accounts, bank.portfolio, bank.wealth, bank.funds, firstDay);
    }

    void populate(Progress progress) {
        Customers customers = bank.customers;
        int stride = Math.max(1, Math.min(PRIVATE_BANKING_STRIDE, customers.size / 4));
        Rng rng = new Rng(0);
        for (int c = 0; c < customers.size; c++) {
            rng.reseed(bank.seed(), 1, c);
            draw(c, rng, c % stride == stride / 2);
            if ((c & 4095) == 4095) {
                progress.step(4096);
            }
        }
        progress.step(customers.size & 4095);
    }

    /** One customer; private-banking customers are active and hold at least 6,500,000 (Pareto tail). */
    private void draw(int c, Rng rng, boolean privateBanking) {
        Customers customers = bank.customers;
        int draw = rng.nextInt(1000);
        char status = privateBanking || draw < 940 ? 'A' : draw < 955 ? 'F' : 'C';
        int sub = rng.nextInt(bank.organisation.subBranches().size());
        customers.subBranch[c] = (short) sub;
        customers.status[c] = (byte) status;
        CustomerIdentity who = new CustomerIdentity(rng, firstDay, status);
        customers.risk[c] = (byte) who.risk;
        customers.rows[c] = who.row(c, rng, status, bank.organisation.subBranches().get(sub), firstDay);
        long total = privateBanking ? Math.round(6_500_000 * YUAN * StrictMath.pow(1 - rng.nextDouble(), -0.6))
            : rng.logNormalCents(9_000 * StrictMath.exp(0.015 * (who.age - 40)), 1.7);
        positions.open(c, rng, status, who, total);
        schedule(c, rng, who, total);
        assign(c, rng, status, who);
        if (status == 'A' && total >= 50_000 * YUAN && rng.chance(bank.options.driftShare())) {
            customers.driftStart[c] = rng.nextInt(Math.max(1, bank.calendar.size() * 2 / 3));
        }
    }

    private void schedule(int c, Rng rng, CustomerIdentity who, long total) {
        Customers customers = bank.customers;
        boolean pension = who.occupation.equals("9001") && rng.chance(0.85);
        if (pension || who.employed() && rng.chance(0.8)) {
            customers.pensioner[c] = pension;
            customers.payday[c] = (byte) (rng.chance(0.6) ? 5 * rng.between(1, 5) : rng.between(1, 28));
            double median = pension ? 3_500 : 7_000 * StrictMath.pow(Math.max(1.0, total / 900_000.0), 0.15);
            customers.salary[c] = rng.logNormalCents(Math.min(median, 80_000), 0.4);
        }
        customers.feeDay[c] = (byte) (rng.chance(0.3) ? rng.between(1, 28) : 0);
        boolean holdsFunds = bank.portfolio.fund[c * Portfolio.FUND_SLOTS] >= 0;
        if (holdsFunds && rng.chance(0.12)) {
            customers.planDay[c] = (byte) rng.between(1, 28);
            customers.planAmount[c] = PLAN_AMOUNTS[rng.nextInt(PLAN_AMOUNTS.length)] * YUAN;
        }
    }

    private void assign(int c, Rng rng, char status, CustomerIdentity who) {
        Customers customers = bank.customers;
        if (status == 'C' || rng.chance(0.05)) {
            return;
        }
        int sub = customers.subBranch[c];
        int rms = bank.staff.rmCount(sub);
        int main = rng.nextInt(rms);
        customers.mainRm[c] = bank.staff.rm(sub, main);
        customers.assignedDay[c] = (int) Math.max(who.openDay, firstDay - rng.between(30, 2000));
        if (rng.chance(0.1)) {
            customers.assistRm[c] = bank.staff.rm(sub, (main + 1 + rng.nextInt(rms - 1)) % rms);
            customers.assistShare[c] = (byte) (20 + 10 * rng.nextInt(3));
        }
    }
}
