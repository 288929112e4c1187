package org.wealthcrm.etl.generator;

/** Writes ta_confirm rows; confirmation numbers are CF, the date and an eight-digit sequence. */
final class Confirms {

    private final Bank bank;
    private RecordWriter out;
    private int date;
    private long sequence;

    Confirms(Bank bank) {
        this.bank = bank;
    }

    void startDay(RecordWriter confirmOut, int day) {
        out = confirmOut;
        date = bank.calendar.yyyymmdd(day);
        sequence = 0;
    }

    /** One confirmation; an apply amount below zero and a marketer below zero are written empty. */
    void write(int c, int f, String bizCode, long apply, long amount, long shares, long fee, long nav,
               String channel, int marketer) {
        out.date(date).padded("CF", date, 8).append(++sequence, 8).padded("C", c + 1L, 10)
            .padded("98", c + 1L, 10).field(bank.funds.fund(f).code()).field(bizCode);
        if (apply >= 0) {
            out.cents(apply);
        } else {
            out.empty();
        }
        out.cents(amount).cents(shares).cents(fee).nav(nav).field(channel);
        if (marketer >= 0) {
            out.field(bank.staff.member(marketer).id());
        } else {
            out.empty();
        }
        out.end();
    }
}
