package org.wealthcrm.web.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything the customer page shows, as of one business date. */
record CustomerView(LocalDate date, CustomerProfile profile, List<Holdings.Manager> managers,
                    Holdings.Metrics metrics, List<Holdings.Deposit> deposits, List<Holdings.Wealth> wealth,
                    List<Holdings.Fund> funds) {

    public BigDecimal depositTotal() {
        return Holdings.total(deposits, Holdings.Deposit::balanceCny);
    }

    public BigDecimal wealthTotal() {
        return Holdings.total(wealth, Holdings.Wealth::marketValueCny);
    }

    public BigDecimal fundTotal() {
        return Holdings.total(funds, Holdings.Fund::marketValueCny);
    }

    public BigDecimal holdingsTotal() {
        return depositTotal().add(wealthTotal()).add(fundTotal());
    }
}
