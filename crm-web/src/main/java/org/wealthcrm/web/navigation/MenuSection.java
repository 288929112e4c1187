package org.wealthcrm.web.navigation;

import java.util.List;

/** One run of menu entries of the same group: a drop-down when {@code label} is set, else entries in the bar. */
public record MenuSection(String label, List<Route> routes) {
}
