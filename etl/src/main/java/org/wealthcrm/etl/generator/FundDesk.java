package org.wealthcrm.etl.generator;

/**
 * Fund business of one customer-day: purchases (122), regular purchases (139), subscriptions (120),
 * redemptions (124), conversions (136 with legs 138 out and 137 in), dividends (143) and forced
 * redemptions (142). Money moves through the main demand deposit (6003 out, 6004 in); shares change
 * the same day and every step writes its ta_confirm row.
 */
final class FundDesk {

    private static final long YUAN = 100;
    private static final byte[] BUY_FUND = Postings.utf8("基金申购");
    private static final byte[] FUND_PROCEEDS = Postings.utf8("基金赎回款");

    private final Bank bank;
    private final Postings postings;
    private final Confirms confirms;
    private final Portfolio portfolio;
    private final FundShelf funds;

    FundDesk(Bank bank, Postings postings) {
        this.bank = bank;
        this.postings = postings;
        this.confirms = new Confirms(bank);
        this.portfolio = bank.portfolio;
        this.funds = bank.funds;
    }

    void startDay(RecordWriter confirmOut, int day) {
        confirms.startDay(confirmOut, day);
    }

    /** Events the TA books on its own: dividends of bond funds and the forced redemption of a closing fund. */
    void fundEvents(int c, int dd, int day, int dayOfMonth) {
        for (int s = c * Portfolio.FUND_SLOTS; s < (c + 1) * Portfolio.FUND_SLOTS; s++) {
            int f = portfolio.fund[s];
            if (f < 0) {
                continue;
            }
            long nav = funds.nav(f, day);
            if (f == FundShelf.LIQUIDATED_FUND && day == funds.liquidationDay()) {
                long proceeds = Portfolio.value(portfolio.fundShares[s], nav);
                confirms.write(c, f, "142", -1, proceeds, portfolio.fundShares[s], 0, nav, "SYS", -1);
                postings.post(dd, false, proceeds, "SYS", "6004", -1, FUND_PROCEEDS, 90_000);
                portfolio.clearFund(s);
            } else if (funds.published(f, day) && funds.isDividendDay(f, dayOfMonth)) {
                long dividend = Portfolio.value(portfolio.fundShares[s], FundShelf.DIVIDEND_PER_UNIT);
                long shares = Portfolio.shares(dividend, nav);
                if (shares > 0) {
                    confirms.write(c, f, "143", -1, dividend, shares, 0, nav, "SYS", -1);
                    portfolio.fundShares[s] += shares;
                }
            }
        }
    }

    /** Purchase (122), regular purchase (139) or subscription (120) paid from the main account. */
    boolean buy(int c, int dd, int f, long amount, String bizCode, String channel, int day, Rng rng) {
        int slot = portfolio.fundSlotFor(c, f);
        long balance = bank.accounts.balance[dd];
        if (slot < 0 || amount < 100 * YUAN || amount > balance || !funds.canBuy(f, day)
            || funds.fund(f).risk() > bank.customers.risk[c]) {
            return false;
        }
        long fee = Math.round(amount * feeRate(f, true));
        long nav = funds.nav(f, day);
        long shares = Portfolio.shares(amount - fee, nav);
        int time = Postings.time(rng, 9, 14);
        postings.post(dd, true, amount, channel, "6003", -1, BUY_FUND, time);
        portfolio.fund[slot] = (byte) f;
        portfolio.fundShares[slot] += shares;
        confirms.write(c, f, bizCode, amount, amount - fee, shares, fee, nav, channel, marketer(c, channel, rng));
        return true;
    }

    /** Redemption (124) of part or all of a slot, paid into the main account. */
    void redeem(int c, int dd, int slot, boolean all, String channel, int day) {
        int f = portfolio.fund[slot];
        long free = portfolio.fundShares[slot] - portfolio.frozenShares[slot];
        long shares = all ? free : free / 2;
        if (shares <= 0 || !funds.canRedeem(f, day)) {
            return;
        }
        long nav = funds.nav(f, day);
        long gross = Portfolio.value(shares, nav);
        long fee = Math.round(gross * feeRate(f, false));
        confirms.write(c, f, "124", -1, gross - fee, shares, fee, nav, channel, -1);
        portfolio.fundShares[slot] -= shares;
        if (portfolio.fundShares[slot] == 0) {
            portfolio.clearFund(slot);
        }
        postings.post(dd, false, gross - fee, "SYS", "6004", -1, FUND_PROCEEDS, 150_000);
    }

    /** Conversion within one fund company: 136 for the instruction, 138 for the leg out, 137 for the leg in. */
    void convert(int c, int slot, int target, String channel, int day, Rng rng) {
        int f = portfolio.fund[slot];
        long shares = portfolio.fundShares[slot] - portfolio.frozenShares[slot];
        int targetSlot = portfolio.fundSlotFor(c, target);
        if (shares <= 0 || targetSlot < 0 || target == f || !funds.canRedeem(f, day) || !funds.canBuy(target, day)
            || funds.fund(target).risk() > bank.customers.risk[c]) {
            return;
        }
        long value = Portfolio.value(shares, funds.nav(f, day));
        long sharesIn = Portfolio.shares(value, funds.nav(target, day));
        int marketer = marketer(c, channel, rng);
        confirms.write(c, f, "136", -1, value, shares, 0, funds.nav(f, day), channel, marketer);
        confirms.write(c, f, "138", -1, value, shares, 0, funds.nav(f, day), channel, -1);
        confirms.write(c, target, "137", -1, value, sharesIn, 0, funds.nav(target, day), channel, -1);
        portfolio.fundShares[slot] -= shares;
        if (portfolio.fundShares[slot] == 0) {
            portfolio.clearFund(slot);
        }
        targetSlot = portfolio.fundSlotFor(c, target);
        portfolio.fund[targetSlot] = (byte) target;
        portfolio.fundShares[targetSlot] += sharesIn;
    }

    private int marketer(int c, String channel, Rng rng) {
        int rm = bank.customers.mainRm[c];
        return rm >= 0 && rng.chance(channel.equals("CTR") ? 0.9 : 0.4) ? rm : -1;
    }

    private double feeRate(int f, boolean purchase) {
        return switch (funds.fund(f).type()) {
            case "MM" -> 0;
            case "BD" -> purchase ? 0.0008 : 0.001;
            default -> purchase ? 0.0015 : 0.005;
        };
    }
}
