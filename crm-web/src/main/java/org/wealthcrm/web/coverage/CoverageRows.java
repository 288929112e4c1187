package org.wealthcrm.web.coverage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Flat rows of the coverage panorama. */
final class CoverageRows {

    private CoverageRows() {
    }

    record OrgUnit(String orgCode, String orgName, String orgPath) {
    }

    /** Customers of one segment value and how many of them hold each category. */
    record Holders(String segment, long customers, long dd, long td, long wm, long fmm, long fbd, long feq) {

        List<Long> byCategory() {
            return List.of(dd, td, wm, fmm, fbd, feq);
        }
    }

    /** One category's share of a segment's customers, in percent with 2 decimals. */
    record Share(String category, long holders, BigDecimal percent) {
    }

    record SegmentShares(String segment, String label, long customers, List<Share> shares) {
    }

    /** A customer on a gap list. */
    record GapCustomer(String custId, String custName, String branchName, String managerName, BigDecimal aum,
                       String tier, String categories, LocalDate maturityDate) {
    }
}
