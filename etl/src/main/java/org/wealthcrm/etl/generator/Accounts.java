package org.wealthcrm.etl.generator;

import java.util.Arrays;

/**
 * All accounts in compact growable arrays, grouped by customer in customer order; the first account of
 * every customer is its main CNY demand deposit. Balances are in cents of the account currency; for
 * loans and credit cards they are the owed amount.
 */
final class Accounts {

    static final byte DD = 0;
    static final byte TD = 1;
    static final byte LN = 2;
    static final byte CC = 3;
    static final String[] TYPE_CODES = {"DD", "TD", "LN", "CC"};
    static final String[] NUMBER_PREFIXES = {"6222", "6223", "8801", "6258"};
    static final byte CNY = 0;
    static final byte USD = 1;
    /** Fixed conversion rate of the demo bank: 1 USD = 7.1000 CNY, in ten-thousandths. */
    static final long USD_RATE = 71_000;

    int size;
    int[] customer = new int[1024];
    byte[] type = new byte[1024];
    byte[] currency = new byte[1024];
    byte[] status = new byte[1024];
    byte[] product = new byte[1024];
    byte[] sequence = new byte[1024];
    int[] openDay = new int[1024];
    int[] maturityDay = new int[1024];
    int[] closeDay = new int[1024];
    long[] balance = new long[1024];
    final int[] first;
    final byte[] count;

    Accounts(int customers) {
        first = new int[customers];
        count = new byte[customers];
    }

    /** Adds an open account of the customer (accounts must be added customer by customer). */
    int add(int cust, byte accountType, byte accountCurrency, int product, int opened, long cents) {
        if (size == customer.length) {
            grow();
        }
        if (count[cust] == 0) {
            first[cust] = size;
        }
        int a = size++;
        customer[a] = cust;
        type[a] = accountType;
        currency[a] = accountCurrency;
        status[a] = 'A';
        this.product[a] = (byte) product;
        sequence[a] = ++count[cust];
        openDay[a] = opened;
        balance[a] = cents;
        return a;
    }

    void close(int a, int day) {
        status[a] = 'C';
        closeDay[a] = day;
        balance[a] = 0;
    }

    boolean open(int a) {
        return status[a] != 'C';
    }

    /** Account number scheme: type prefix, the ten digits of the customer number, a two-digit sequence. */
    String number(int a) {
        return NUMBER_PREFIXES[type[a]] + Customers.digits(customer[a] + 1L, 10) + Customers.digits(sequence[a], 2);
    }

    RecordWriter writeNumber(RecordWriter out, int a) {
        return out.padded(NUMBER_PREFIXES[type[a]], customer[a] + 1L, 10).append(sequence[a], 2);
    }

    static long toCny(long cents, byte accountCurrency) {
        return accountCurrency == USD ? Math.floorDiv(cents * USD_RATE + 5_000, 10_000) : cents;
    }

    private void grow() {
        int capacity = customer.length * 2;
        customer = Arrays.copyOf(customer, capacity);
        type = Arrays.copyOf(type, capacity);
        currency = Arrays.copyOf(currency, capacity);
        status = Arrays.copyOf(status, capacity);
        product = Arrays.copyOf(product, capacity);
        sequence = Arrays.copyOf(sequence, capacity);
        openDay = Arrays.copyOf(openDay, capacity);
        maturityDay = Arrays.copyOf(maturityDay, capacity);
        closeDay = Arrays.copyOf(closeDay, capacity);
        balance = Arrays.copyOf(balance, capacity);
    }
}
