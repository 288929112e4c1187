package org.wealthcrm.web.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** The rows shown on the customer page. */
final class Holdings {

    private Holdings() {
    }

    record Manager(String staffId, String staffName, String orgName, String relType, BigDecimal sharePct,
                   LocalDate sinceDate) {
    }

    record Metrics(LocalDate bizDate, BigDecimal aum, BigDecimal aumAvg30, String tier, String assetInterval,
                   String activityLevel, int coverage, String categories) {
    }

    record Deposit(String acctNo, String acctType, String productName, String currency, BigDecimal balance,
                   BigDecimal balanceCny, LocalDate maturityDate) {
    }

    record Wealth(String prodCode, String prodName, BigDecimal shares, BigDecimal marketValueCny) {
    }

    record Fund(String fundCode, String fundName, String taAcct, BigDecimal shares, BigDecimal nav,
                LocalDate navDate, BigDecimal marketValueCny) {
    }

    record AumPoint(LocalDate bizDate, BigDecimal aum, BigDecimal aumAvg30) {
    }

    static <T> BigDecimal total(List<T> rows, Function<T, BigDecimal> value) {
        return rows.stream().map(value).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
