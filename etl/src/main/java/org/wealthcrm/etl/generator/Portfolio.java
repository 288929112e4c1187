package org.wealthcrm.etl.generator;

import java.util.Arrays;

/** Wealth product and fund positions: a fixed number of slots per customer, -1 marking an empty slot. */
final class Portfolio {

    static final int WM_SLOTS = 3;
    static final int FUND_SLOTS = 4;

    final byte[] wmProduct;
    final long[] wmShares;
    final byte[] fund;
    final long[] fundShares;
    final long[] frozenShares;

    Portfolio(int customers) {
        wmProduct = new byte[customers * WM_SLOTS];
        wmShares = new long[customers * WM_SLOTS];
        fund = new byte[customers * FUND_SLOTS];
        fundShares = new long[customers * FUND_SLOTS];
        frozenShares = new long[customers * FUND_SLOTS];
        Arrays.fill(wmProduct, (byte) -1);
        Arrays.fill(fund, (byte) -1);
    }

    /** The slot of the customer holding the fund, or -1. */
    int fundSlot(int cust, int f) {
        for (int s = cust * FUND_SLOTS; s < (cust + 1) * FUND_SLOTS; s++) {
            if (fund[s] == f) {
                return s;
            }
        }
        return -1;
    }

    /** A slot of the customer for the fund: the one holding it, else a free one, else -1. */
    int fundSlotFor(int cust, int f) {
        int held = fundSlot(cust, f);
        if (held >= 0) {
            return held;
        }
        for (int s = cust * FUND_SLOTS; s < (cust + 1) * FUND_SLOTS; s++) {
            if (fund[s] < 0) {
                return s;
            }
        }
        return -1;
    }

    int wmSlotFor(int cust, int p) {
        int free = -1;
        for (int s = cust * WM_SLOTS; s < (cust + 1) * WM_SLOTS; s++) {
            if (wmProduct[s] == p) {
                return s;
            }
            if (wmProduct[s] < 0 && free < 0) {
                free = s;
            }
        }
        return free;
    }

    void clearFund(int slot) {
        fund[slot] = -1;
        fundShares[slot] = 0;
        frozenShares[slot] = 0;
    }

    void clearWm(int slot) {
        wmProduct[slot] = -1;
        wmShares[slot] = 0;
    }

    static long value(long shareCents, long nav) {
        return Math.floorDiv(shareCents * nav + 5_000, 10_000);
    }

    static long shares(long valueCents, long nav) {
        return Math.floorDiv(valueCents * 10_000 + nav / 2, nav);
    }
}
