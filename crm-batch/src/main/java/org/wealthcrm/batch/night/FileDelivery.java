package org.wealthcrm.batch.night;

import java.nio.file.Path;
import java.util.List;

import org.wealthcrm.contract.extract.ExtractFile;

/** What arrived for one extract of a business date: the data file, its control file's record count, and problems. */
record FileDelivery(ExtractFile file, Path dataFile, long recordCount, String verdict, List<String> problems) {

    boolean usable() {
        return problems.isEmpty() && "LOADED".equals(verdict);
    }
}
