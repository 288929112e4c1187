package org.wealthcrm.etl.generator;

import java.util.Arrays;

/** Per-customer attributes the daily simulation needs, in compact arrays indexed by customer number - 1. */
final class Customers {

    static final int NO_DRIFT = Integer.MAX_VALUE;
    static final int NONE = -1;

    final int size;
    final short[] subBranch;
    final byte[] status;
    final byte[] risk;
    final byte[] payday;
    final long[] salary;
    final boolean[] pensioner;
    final byte[] feeDay;
    final byte[] planDay;
    final long[] planAmount;
    final int[] mainRm;
    final int[] assistRm;
    final byte[] assistShare;
    final int[] assignedDay;
    final int[] driftStart;
    final byte[][] rows;

    Customers(int size) {
        this.size = size;
        subBranch = new short[size];
        status = new byte[size];
        risk = new byte[size];
        payday = new byte[size];
        salary = new long[size];
        pensioner = new boolean[size];
        feeDay = new byte[size];
        planDay = new byte[size];
        planAmount = new long[size];
        mainRm = new int[size];
        assistRm = new int[size];
        assistShare = new byte[size];
        assignedDay = new int[size];
        driftStart = new int[size];
        rows = new byte[size][];
        Arrays.fill(mainRm, NONE);
        Arrays.fill(assistRm, NONE);
        Arrays.fill(driftStart, NO_DRIFT);
    }

    /** Customer number scheme: C followed by ten digits, C0000000001 for the first customer. */
    static String id(int c) {
        return "C" + digits(c + 1L, 10);
    }

    /** Fund account scheme: 98 followed by the ten digits of the customer number. */
    static String taAccount(int c) {
        return "98" + digits(c + 1L, 10);
    }

    static String digits(long value, int width) {
        char[] text = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return new String(text);
    }
}
