package org.wealthcrm.etl.generator;

import java.nio.charset.StandardCharsets;

/** Writes the snapshot files of one business date from the simulated state. */
final class SnapshotWriter {

    private static final byte[] CNY = Postings.utf8("CNY");
    private static final byte[] USD = Postings.utf8("USD");
    private static final byte[][] TYPES = Postings.encode(Accounts.TYPE_CODES);

    private final Bank bank;
    private final byte[][] branchCodes;
    private final byte[][] productCodes;

    SnapshotWriter(Bank bank) {
        this.bank = bank;
        branchCodes = new byte[bank.organisation.subBranches().size()][];
        for (int s = 0; s < branchCodes.length; s++) {
            branchCodes[s] = bank.organisation.subBranches().get(s).code().getBytes(StandardCharsets.US_ASCII);
        }
        productCodes = new byte[OpeningPositions.PRODUCT_CODES.length * 8][];
        for (int t = 0; t < OpeningPositions.PRODUCT_CODES.length; t++) {
            for (int p = 0; p < OpeningPositions.PRODUCT_CODES[t].length; p++) {
                productCodes[t * 8 + p] = Postings.utf8(OpeningPositions.PRODUCT_CODES[t][p]);
            }
        }
    }

    void customers(RecordWriter out) {
        for (byte[] row : bank.customers.rows) {
            out.line(row);
        }
    }

    void accounts(RecordWriter out) {
        Accounts accounts = bank.accounts;
        for (int a = 0; a < accounts.size; a++) {
            int c = accounts.customer[a];
            accounts.writeNumber(out, a).padded("C", c + 1L, 10).field(TYPES[accounts.type[a]])
                .field(productCodes[accounts.type[a] * 8 + accounts.product[a]])
                .field(accounts.currency[a] == Accounts.USD ? USD : CNY)
                .date(BusinessCalendar.dateCode(accounts.openDay[a]));
            optionalDate(out, accounts.maturityDay[a]);
            optionalDate(out, accounts.closeDay[a]);
            out.field(accounts.status[a] == 'A' ? "A" : accounts.status[a] == 'D' ? "D"
                    : accounts.status[a] == 'F' ? "F" : "C")
                .field(branchCodes[bank.customers.subBranch[c]]).end();
        }
    }

    void balances(RecordWriter out, int day) {
        Accounts accounts = bank.accounts;
        int date = bank.calendar.yyyymmdd(day);
        for (int a = 0; a < accounts.size; a++) {
            if (accounts.open(a)) {
                out.date(date);
                accounts.writeNumber(out, a).field(accounts.currency[a] == Accounts.USD ? USD : CNY)
                    .cents(accounts.balance[a]).cents(Accounts.toCny(accounts.balance[a], accounts.currency[a])).end();
            }
        }
    }

    void holdings(RecordWriter out, int day) {
        Portfolio portfolio = bank.portfolio;
        int date = bank.calendar.yyyymmdd(day);
        for (int s = 0; s < portfolio.wmProduct.length; s++) {
            int p = portfolio.wmProduct[s];
            if (p >= 0 && portfolio.wmShares[s] > 0) {
                out.date(date).padded("C", s / Portfolio.WM_SLOTS + 1L, 10).field(WealthShelf.product(p).code())
                    .cents(portfolio.wmShares[s]).cents(Portfolio.value(portfolio.wmShares[s], bank.wealth.nav(p, day)))
                    .end();
            }
        }
    }

    void shares(RecordWriter out, int day) {
        Portfolio portfolio = bank.portfolio;
        int date = bank.calendar.yyyymmdd(day);
        for (int s = 0; s < portfolio.fund.length; s++) {
            int f = portfolio.fund[s];
            if (f >= 0 && portfolio.fundShares[s] > 0) {
                long customer = s / Portfolio.FUND_SLOTS + 1L;
                out.date(date).padded("98", customer, 10).padded("C", customer, 10).field(bank.funds.fund(f).code())
                    .cents(portfolio.fundShares[s]).cents(portfolio.frozenShares[s]).end();
            }
        }
    }

    private static void optionalDate(RecordWriter out, int epochDay) {
        if (epochDay == 0) {
            out.empty();
        } else {
            out.date(BusinessCalendar.dateCode(epochDay));
        }
    }
}
