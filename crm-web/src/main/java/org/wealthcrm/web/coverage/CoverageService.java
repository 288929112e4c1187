package org.wealthcrm.web.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;

/** The coverage panorama: category shares per segment and the gap lists, for a scope and focus on one date. */
@Service
class CoverageService {

    static final List<String> CATEGORIES = List.of("DD", "TD", "WM", "FMM", "FBD", "FEQ");
    static final int MATURITY_DAYS = 30;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CoverageMapper mapper;
    private final SegmentLabels labels;

    CoverageService(CoverageMapper mapper, SegmentLabels labels) {
        this.mapper = mapper;
        this.labels = labels;
    }

    /** The org path to focus on: null for the viewer's whole scope, else an org unit inside it. */
    String focusPath(DataScope scope, String orgCode) {
        if (orgCode == null || orgCode.isBlank()) {
            return null;
        }
        CoverageRows.OrgUnit org = mapper.findOrg(orgCode);
        if (org == null || !scope.covers(org.orgPath())) {
            throw new OutOfScopeException("无权查看该机构");
        }
        return org.orgPath();
    }

    /** One row per segment value present, then the total row (segment {@code ALL}). */
    List<CoverageRows.SegmentShares> shares(DataScope scope, LocalDate date, String path, String rm,
                                            Segment segment) {
        List<CoverageRows.Holders> rows = mapper.holders(scope, date, path, rm, segment.name(), bands(date));
        List<CoverageRows.SegmentShares> result = new ArrayList<>();
        long[] total = new long[CATEGORIES.size() + 1];
        for (CoverageRows.Holders row : rows) {
            result.add(shares(row.segment(), labels.of(segment, row.segment()), row.customers(), row.byCategory()));
            total[0] += row.customers();
            for (int i = 0; i < CATEGORIES.size(); i++) {
                total[i + 1] += row.byCategory().get(i);
            }
        }
        List<Long> totals = new ArrayList<>();
        for (int i = 1; i < total.length; i++) {
            totals.add(total[i]);
        }
        result.add(shares("ALL", "合计", total[0], totals));
        return result;
    }

    List<CoverageRows.GapCustomer> affluentWithoutFund(DataScope scope, LocalDate date, String path, String rm) {
        return mapper.affluentWithoutFund(scope, date, path, rm);
    }

    List<CoverageRows.GapCustomer> vipMaturingDeposits(DataScope scope, LocalDate date, String path, String rm) {
        return mapper.vipMaturingDeposits(scope, date, path, rm, date.plusDays(MATURITY_DAYS));
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static CoverageRows.SegmentShares shares(String segment, String label, long customers,
                                                     List<Long> holders) {
        List<CoverageRows.Share> shares = new ArrayList<>();
        for (int i = 0; i < CATEGORIES.size(); i++) {
            shares.add(new CoverageRows.Share(CATEGORIES.get(i), holders.get(i), percent(holders.get(i), customers)));
        }
        return new CoverageRows.SegmentShares(segment, label, customers, shares);
    }

    /** Birth dates bounding the age bands: born after {@code b30} ⇒ under 30 on {@code date}, and so on. */
    private static Map<String, LocalDate> bands(LocalDate date) {
        return Map.of("b30", date.minusYears(30), "b40", date.minusYears(40), "b50", date.minusYears(50),
                "b60", date.minusYears(60));
    }
}
