package org.wealthcrm.etl.generator;

/** Mainland mobile numbers: 11 digits behind a real operator prefix. */
final class PhoneNumbers {

    private static final String[] PREFIXES = {
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153",
        "155", "156", "157", "158", "159", "166", "177", "180", "181", "182", "183", "185", "186", "187",
        "188", "189", "191", "198", "199"};

    private PhoneNumbers() {
    }

    static String mobile(Rng rng) {
        StringBuilder number = new StringBuilder(11).append(PREFIXES[rng.nextInt(PREFIXES.length)]);
        for (int i = 0; i < 8; i++) {
            number.append((char) ('0' + rng.nextInt(10)));
        }
        return number.toString();
    }
}
