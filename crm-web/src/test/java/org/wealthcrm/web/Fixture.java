package org.wealthcrm.web;

import java.time.LocalDate;

/** Facts of {@code fixture.sql} the tests refer to by name. */
public final class Fixture {

    public static final LocalDate LATEST = LocalDate.of(2026, 11, 20);
    public static final LocalDate PREVIOUS = LocalDate.of(2026, 11, 19);
    public static final LocalDate FIRST = LocalDate.of(2026, 11, 18);
    public static final String PASSWORD = "demo123";

    private Fixture() {
    }
}
