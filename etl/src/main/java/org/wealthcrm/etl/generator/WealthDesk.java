package org.wealthcrm.etl.generator;

/** Buying (6001) and redeeming (6002) the bank's own wealth products through the main demand deposit. */
final class WealthDesk {

    private static final long YUAN = 100;
    private static final byte[] BUY = Postings.utf8("购买理财产品");
    private static final byte[] REDEEM = Postings.utf8("理财产品赎回");

    private final Bank bank;
    private final Postings postings;

    WealthDesk(Bank bank, Postings postings) {
        this.bank = bank;
        this.postings = postings;
    }

    void buy(int c, int dd, int day, String channel, Rng rng) {
        int p = rng.nextInt(WealthShelf.count());
        WealthShelf.Product product = WealthShelf.product(p);
        long amount = bank.accounts.balance[dd] * rng.between(20, 60) / 100 / (1000 * YUAN) * (1000 * YUAN);
        int slot = bank.portfolio.wmSlotFor(c, p);
        if (product.status() != 'S' || product.risk() > bank.customers.risk[c] || amount < 1000 * YUAN || slot < 0) {
            return;
        }
        postings.post(dd, true, amount, channel, "6001", -1, BUY, Postings.time(rng, 9, 16));
        bank.portfolio.wmProduct[slot] = (byte) p;
        bank.portfolio.wmShares[slot] += Portfolio.shares(amount, bank.wealth.nav(p, day));
    }

    /** Redeems a held open-ended product (status S): all of it or half. */
    void redeem(int c, int dd, int day, boolean all, Rng rng) {
        Portfolio portfolio = bank.portfolio;
        for (int s = c * Portfolio.WM_SLOTS; s < (c + 1) * Portfolio.WM_SLOTS; s++) {
            int p = portfolio.wmProduct[s];
            if (p >= 0 && WealthShelf.product(p).status() == 'S') {
                long shares = all ? portfolio.wmShares[s] : portfolio.wmShares[s] / 2;
                long value = Portfolio.value(shares, bank.wealth.nav(p, day));
                if (value <= 0) {
                    return;
                }
                portfolio.wmShares[s] -= shares;
                if (portfolio.wmShares[s] == 0) {
                    portfolio.clearWm(s);
                }
                postings.post(dd, false, value, "SYS", "6002", -1, REDEEM, Postings.time(rng, 16, 20));
                return;
            }
        }
    }
}
