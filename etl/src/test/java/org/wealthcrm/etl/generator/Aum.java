package org.wealthcrm.etl.generator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.wealthcrm.contract.extract.ExtractFile;

/** AUM in cents per customer on a date, as METRICS.md defines it, from a generated landing directory. */
final class Aum {

    private Aum() {
    }

    static Map<String, Long> of(Landing landing, LocalDate first, LocalDate date) {
        Map<String, String[]> accounts = new HashMap<>();
        landing.rows(date, ExtractFile.CBS_ACCOUNT).forEach(a -> accounts.put(a[0], a));
        Map<String, Long> aum = new HashMap<>();
        for (String[] b : landing.rows(date, ExtractFile.CBS_BALANCE)) {
            String[] account = accounts.get(b[1]);
            if (account[2].equals("DD") || account[2].equals("TD")) {
                aum.merge(account[1], Landing.cents(b[4]), Long::sum);
            }
        }
        landing.rows(date, ExtractFile.WM_HOLDING).forEach(h -> aum.merge(h[1], Landing.cents(h[4]), Long::sum));
        Map<String, Long> nav = new HashMap<>();
        for (LocalDate d = first; !d.isAfter(date); d = d.plusDays(1)) {
            landing.rows(d, ExtractFile.TA_NAV).forEach(n -> nav.put(n[1], new java.math.BigDecimal(n[2]).movePointRight(4).longValueExact()));
        }
        for (String[] s : landing.rows(date, ExtractFile.TA_SHARE)) {
            Long unit = nav.get(s[3]);
            if (unit != null) {
                aum.merge(s[2], Landing.cents(s[4]) * unit / 10_000, Long::sum);
            }
        }
        return aum;
    }
}
