package org.wealthcrm.batch.night;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.wealthcrm.contract.extract.ExtractFile;

/**
 * A second, deliberately plain computation of AUM(c, d) straight from the delivered files, written from
 * METRICS.md without looking at the pipeline: deposits (DD, TD) + wealth market value + fund shares × latest NAV.
 */
final class ReferenceAum {

    private ReferenceAum() {
    }

    static Map<String, String> aumOn(Path landing, List<LocalDate> dates) throws IOException {
        LocalDate day = dates.get(dates.size() - 1);
        Map<String, BigDecimal> nav = new HashMap<>();
        for (LocalDate d : dates) {
            for (String[] f : rows(landing, ExtractFile.TA_NAV, d)) {
                nav.put(f[1], new BigDecimal(f[2]));
            }
        }
        Map<String, String[]> accounts = new HashMap<>();
        rows(landing, ExtractFile.CBS_ACCOUNT, day).forEach(f -> accounts.put(f[0], f));
        Map<String, BigDecimal> aum = new TreeMap<>();
        for (String[] f : rows(landing, ExtractFile.CBS_CUSTOMER, day)) {
            if (!f[9].equals("C")) {
                aum.put(f[0], BigDecimal.ZERO);
            }
        }
        for (String[] f : rows(landing, ExtractFile.CBS_BALANCE, day)) {
            String[] account = accounts.get(f[1]);
            if (account[2].equals("DD") || account[2].equals("TD")) {
                aum.computeIfPresent(account[1], (c, v) -> v.add(new BigDecimal(f[4])));
            }
        }
        for (String[] f : rows(landing, ExtractFile.WM_HOLDING, day)) {
            aum.computeIfPresent(f[1], (c, v) -> v.add(new BigDecimal(f[4])));
        }
        for (String[] f : rows(landing, ExtractFile.TA_SHARE, day)) {
            aum.computeIfPresent(f[2], (c, v) -> v.add(new BigDecimal(f[4]).multiply(nav.get(f[3]))));
        }
        Map<String, String> rounded = new TreeMap<>();
        aum.forEach((c, v) -> rounded.put(c, v.setScale(2, RoundingMode.HALF_UP).toPlainString()));
        return rounded;
    }

    static List<String[]> rows(Path landing, ExtractFile file, LocalDate date) throws IOException {
        Path path = landing.resolve(date.format(PlantedCustomers.D)).resolve(file.fileName(date));
        return Files.readAllLines(path).stream().map(l -> l.split("\\|", -1)).toList();
    }
}
