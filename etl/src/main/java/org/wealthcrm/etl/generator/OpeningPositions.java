package org.wealthcrm.etl.generator;

/**
 * Opens a customer's accounts and positions so that deposits, wealth products and funds add up to the
 * customer's drawn wealth, plus loans, credit cards, dormant and closed accounts that are not assets.
 */
final class OpeningPositions {

    static final String[][] PRODUCT_CODES = {
        {"DDSAV", "DDFX"},
        {"TD3M", "TD6M", "TD1Y", "TD2Y", "TD3Y", "TD5Y"},
        {"LNMTG", "LNCON"},
        {"CCSTD", "CCPLT"}};
    static final int[] TD_TERM_DAYS = {91, 182, 365, 730, 1095, 1825};
    static final double[] TD_RATES = {0.0105, 0.0125, 0.0145, 0.0155, 0.0175, 0.0180};
    private static final long YUAN = 100;

    private final Accounts accounts;
    private final Portfolio portfolio;
    private final WealthShelf wealth;
    private final FundShelf funds;
    private final long firstDay;

    OpeningPositions(Accounts accounts, Portfolio portfolio, WealthShelf wealth, FundShelf funds, long firstDay) {
        this.accounts = accounts;
        this.portfolio = portfolio;
        this.wealth = wealth;
        this.funds = funds;
        this.firstDay = firstDay;
    }

    void open(int c, Rng rng, char status, CustomerIdentity who, long total) {
        int opened = (int) who.openDay;
        int main = accounts.add(c, Accounts.DD, Accounts.CNY, 0, opened, 0);
        if (status == 'C') {
            accounts.close(main, opened + rng.nextInt((int) (firstDay - opened)));
            return;
        }
        if (status == 'F') {
            accounts.status[main] = 'F';
        }
        long[] split = split(rng, who.risk > 0, total);
        accounts.balance[main] = otherDeposits(c, rng, total, split[0], opened);
        timeDeposits(c, rng, split[1]);
        wealthProducts(c, rng, who.risk, split[2]);
        fundPositions(c, rng, who.risk, split[3]);
        liabilities(c, rng, who, total);
    }

    /** Splits the customer's wealth into demand deposits, time deposits, wealth products and funds. */
    private static long[] split(Rng rng, boolean assessed, long total) {
        long dd = total < 20_000 * YUAN ? total : Math.round(total * (0.15 + 0.4 * rng.nextDouble()));
        long invested = total - dd;
        boolean funds = assessed && rng.chance(total < 5_000 * YUAN ? 0.09 : total < 50_000 * YUAN ? 0.39 : 0.67);
        boolean wm = assessed && rng.chance(total < 50_000 * YUAN ? 0.06 : total < 1_000_000 * YUAN ? 0.45 : 0.75);
        boolean td = rng.chance(total < 20_000 * YUAN ? 0.10 : 0.60);
        if (invested == 0 && (funds || td)) {
            invested = Math.round(dd * (0.2 + 0.4 * rng.nextDouble()));
            dd -= invested;
            wm = false;
        }
        double tdWeight = td ? 1 + 2 * rng.nextDouble() : 0;
        double wmWeight = wm ? 1 + 2 * rng.nextDouble() : 0;
        double fundWeight = funds ? 0.5 + 1.5 * rng.nextDouble() : 0;
        double weights = tdWeight + wmWeight + fundWeight;
        if (weights == 0) {
            return new long[] {total, 0, 0, 0};
        }
        long tdPart = Math.round(invested * tdWeight / weights);
        long wmPart = Math.round(invested * wmWeight / weights);
        return new long[] {dd, tdPart, wmPart, invested - tdPart - wmPart};
    }

    /**
     * Second and foreign-currency demand deposits; returns what is left for the main account. Many customers keep a
     * second debit card (salary or family account), half of them dormant with pocket change.
     */
    private long otherDeposits(int c, Rng rng, long total, long dd, int opened) {
        if (rng.chance(0.65)) {
            int second = accounts.add(c, Accounts.DD, Accounts.CNY, 0, before(opened + rng.nextInt(400)), 0);
            if (rng.chance(0.5)) {
                accounts.status[second] = 'D';
                accounts.balance[second] = rng.logNormalCents(30, 1.0);
            } else {
                long moved = dd / 5;
                accounts.balance[second] = moved;
                dd -= moved;
            }
        }
        if (total >= 200_000 * YUAN && rng.chance(0.12)) {
            long cny = Math.round(dd * (0.2 + 0.3 * rng.nextDouble()));
            long usd = Math.floorDiv(cny * 10_000, Accounts.USD_RATE);
            accounts.add(c, Accounts.DD, Accounts.USD, 1, before(opened + rng.nextInt(200)), usd);
            dd -= Accounts.toCny(usd, Accounts.USD);
        }
        return dd;
    }

    private void timeDeposits(int c, Rng rng, long td) {
        if (td <= 0) {
            return;
        }
        // Savers ladder their time deposits: larger sums are split over up to four certificates.
        int pieces = td > 30_000 * YUAN ? 1 + rng.nextInt(td > 100_000 * YUAN ? 4 : 3) : 1;
        for (int i = 0; i < pieces; i++) {
            long amount = i == pieces - 1 ? td - (pieces - 1) * (td / pieces) : td / pieces;
            int term = rng.nextInt(TD_TERM_DAYS.length);
            int maturity = (int) firstDay + rng.between(1, TD_TERM_DAYS[term] - 1);
            int a = accounts.add(c, Accounts.TD, Accounts.CNY, term, maturity - TD_TERM_DAYS[term], amount);
            accounts.maturityDay[a] = maturity;
        }
    }

    private void wealthProducts(int c, Rng rng, int risk, long value) {
        int products = value <= 0 ? 0 : 1 + (rng.chance(0.35) ? 1 : 0) + (rng.chance(0.15) ? 1 : 0);
        long left = value;
        for (int i = 0; i < products; i++) {
            int p = rng.nextInt(WealthShelf.count());
            WealthShelf.Product product = WealthShelf.product(p);
            int slot = portfolio.wmSlotFor(c, p);
            if (!product.holdable() || product.risk() > risk || slot < 0) {
                p = 0;
                slot = portfolio.wmSlotFor(c, 0);
            }
            long amount = i == products - 1 ? left : left / 2;
            left -= amount;
            portfolio.wmProduct[slot] = (byte) p;
            portfolio.wmShares[slot] += Portfolio.shares(amount, wealth.nav(p, 0));
        }
    }

    private void fundPositions(int c, Rng rng, int risk, long value) {
        int held = value <= 0 ? 0 : 1 + (rng.chance(0.4) ? 1 : 0) + (rng.chance(0.15) ? 1 : 0) + (rng.chance(0.05) ? 1 : 0);
        long left = value;
        for (int i = 0; i < held; i++) {
            int f = rng.nextInt(funds.count());
            if (funds.fund(f).risk() > risk || f == FundShelf.NEW_FUND) {
                f = 5 * rng.nextInt(6);
            }
            int slot = portfolio.fundSlotFor(c, f);
            long amount = i == held - 1 ? left : left / 2;
            left -= amount;
            portfolio.fund[slot] = (byte) f;
            portfolio.fundShares[slot] += Portfolio.shares(amount, funds.nav(f, 0));
            if (rng.chance(0.01)) {
                portfolio.frozenShares[slot] = portfolio.fundShares[slot] / 2;
            }
        }
    }

    private int before(int day) {
        return (int) Math.min(day, firstDay - 1);
    }

    private void liabilities(int c, Rng rng, CustomerIdentity who, long total) {
        if (rng.chance(who.age >= 25 && who.age <= 60 ? 0.08 : 0.02)) {
            boolean mortgage = rng.chance(0.6);
            int opened = Math.max((int) who.openDay,
                (int) firstDay - (mortgage ? rng.between(365, 3650) : rng.between(30, 700)));
            long owed = mortgage ? rng.logNormalCents(600_000, 0.5) : rng.logNormalCents(60_000, 0.6);
            int a = accounts.add(c, Accounts.LN, Accounts.CNY, mortgage ? 0 : 1, opened, owed);
            accounts.maturityDay[a] = opened + (mortgage ? 25 * 365 + 6 : 3 * 365 + 1);
        }
        if (rng.chance(0.22)) {
            long owed = rng.chance(0.3) ? 0 : rng.logNormalCents(3_000, 1.0);
            accounts.add(c, Accounts.CC, Accounts.CNY, total >= 500_000 * YUAN ? 1 : 0,
                before((int) who.openDay + rng.nextInt(365)), owed);
        }
        if (rng.chance(0.04) && firstDay - who.openDay > 400) {
            int opened = (int) who.openDay + rng.nextInt((int) (firstDay - who.openDay - 400));
            int a = accounts.add(c, Accounts.DD, Accounts.CNY, 0, opened, 0);
            accounts.close(a, opened + rng.between(30, 300));
        }
    }
}
