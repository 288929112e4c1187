package org.wealthcrm.etl.generator;

/** Writes the small reference files: organisation, staff, product and fund shelves, NAVs and assignments. */
final class ReferenceWriter {

    private final Bank bank;

    ReferenceWriter(Bank bank) {
        this.bank = bank;
    }

    void products(RecordWriter out) {
        long first = bank.calendar.epochDay(0);
        for (WealthShelf.Product p : WealthShelf.PRODUCTS) {
            out.field(p.code()).field(p.name()).field(p.type()).field("R" + p.risk())
                .date(BusinessCalendar.dateCode(first + p.issueOffset()));
            if (p.endOffset() == null) {
                out.empty();
            } else {
                out.date(BusinessCalendar.dateCode(first + p.endOffset()));
            }
            out.field(String.valueOf(p.status())).end();
        }
    }

    void funds(RecordWriter out, int day) {
        FundShelf funds = bank.funds;
        for (int f = 0; f < funds.count(); f++) {
            FundShelf.Fund fund = funds.fund(f);
            out.field(fund.code()).field(fund.name()).field(fund.type()).field("R" + fund.risk())
                .field(fund.company()).field(String.valueOf(funds.status(f, day))).end();
        }
    }

    void navs(RecordWriter out, int day) {
        FundShelf funds = bank.funds;
        int date = bank.calendar.yyyymmdd(day);
        for (int f = 0; f < funds.count(); f++) {
            if (funds.published(f, day)) {
                out.date(date).field(funds.fund(f).code()).nav(funds.nav(f, day)).nav(funds.accNav(f, day)).end();
            }
        }
    }

    void assignments(RecordWriter out) {
        Customers customers = bank.customers;
        for (int c = 0; c < customers.size; c++) {
            if (customers.mainRm[c] >= 0) {
                int assist = customers.assistRm[c] >= 0 ? customers.assistShare[c] : 0;
                int since = BusinessCalendar.dateCode(customers.assignedDay[c]);
                out.padded("C", c + 1L, 10).field(bank.staff.member(customers.mainRm[c]).id()).field("M")
                    .cents((100L - assist) * 100).date(since).end();
                if (assist > 0) {
                    out.padded("C", c + 1L, 10).field(bank.staff.member(customers.assistRm[c]).id()).field("A")
                        .cents(assist * 100L).date(since).end();
                }
            }
        }
    }
}
