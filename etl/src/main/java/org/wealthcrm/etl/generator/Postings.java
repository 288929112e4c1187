package org.wealthcrm.etl.generator;

import java.nio.charset.StandardCharsets;

/** Posts transactions: moves the account balance and writes the cbs_txn row in the same step. */
final class Postings {

    static final String[] BANKS = {
        "102100099996", "103100000026", "104100000004", "105100000017", "301290000007",
        "308584000013", "403100000004", "309391000011", "310290000013", "302100011000"};
    private static final byte[][] BANK_BYTES = encode(BANKS);
    private static final byte[] CNY = utf8("CNY");
    private static final byte[] USD = utf8("USD");

    private final Accounts accounts;
    private RecordWriter out;
    private int date;
    private long sequence;

    Postings(Accounts accounts) {
        this.accounts = accounts;
    }

    void startDay(RecordWriter txnOut, int yyyymmdd) {
        out = txnOut;
        date = yyyymmdd;
        sequence = 0;
    }

    /**
     * Debits (money out) or credits (money in) an account. Deposit balances fall on debit; loan and card
     * balances are owed amounts and rise on debit.
     */
    void post(int a, boolean debit, long cents, String channel, String code, int bank, byte[] summary, int hhmmss) {
        boolean owed = accounts.type[a] == Accounts.LN || accounts.type[a] == Accounts.CC;
        accounts.balance[a] += debit == owed ? cents : -cents;
        out.padded("TX", date, 8).append(++sequence, 9);
        accounts.writeNumber(out, a);
        out.padded("C", accounts.customer[a] + 1L, 10).timestamp(date, hhmmss).field(debit ? "D" : "C")
            .cents(cents).field(accounts.currency[a] == Accounts.USD ? USD : CNY)
            .cents(Accounts.toCny(cents, accounts.currency[a])).field(channel).field(code);
        if (bank >= 0) {
            out.field(BANK_BYTES[bank]);
        } else {
            out.empty();
        }
        out.field(summary).end();
    }

    static int time(Rng rng, int fromHour, int toHour) {
        return rng.between(fromHour, toHour) * 10_000 + rng.nextInt(60) * 100 + rng.nextInt(60);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[][] encode(String... texts) {
        byte[][] result = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            result[i] = utf8(texts[i]);
        }
        return result;
    }
}
