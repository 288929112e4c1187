package org.wealthcrm.web.customer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.wealthcrm.web.pool.PublicPool;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.Masking;
import org.wealthcrm.web.scope.OutOfScopeException;

/** Reads customers within the viewer's scope, masking personal numbers where the scope says so and in the pool. */
@Service
class CustomerService {

    static final int TREND_DATES = 30;

    private final CustomerMapper mapper;
    private final PublicPool pool;

    CustomerService(CustomerMapper mapper, PublicPool pool) {
        this.mapper = mapper;
        this.pool = pool;
    }

    CustomerPage list(DataScope scope, CustomerQuery query) {
        long total = mapper.countCustomers(scope, query);
        List<CustomerRow> found = mapper.findCustomers(scope, query, query.offset());
        Set<String> pooled = pool.pooledAmong(found.stream().map(CustomerRow::custId).toList());
        List<CustomerRow> rows = found.stream()
                .map(row -> scope.masked() || pooled.contains(row.custId())
                        ? row.withMobile(Masking.mobile(row.mobile())) : row)
                .toList();
        return new CustomerPage(rows, total, query);
    }

    /** The customer page as of {@code date}; refused when the customer lies outside the scope. */
    CustomerView view(DataScope scope, String custId, LocalDate date) {
        CustomerProfile profile = profile(scope, custId);
        return new CustomerView(date, profile,
                mapper.findManagers(scope, custId),
                mapper.findMetrics(scope, custId, date),
                mapper.findDeposits(scope, custId, date),
                mapper.findWealth(scope, custId, date),
                mapper.findFunds(scope, custId, date));
    }

    /** The customer's AUM and 30-day average over the last 30 published dates up to {@code date}, oldest first. */
    List<Holdings.AumPoint> aumTrend(DataScope scope, String custId, LocalDate date) {
        profile(scope, custId);
        List<Holdings.AumPoint> points = new ArrayList<>(mapper.findAumTrend(scope, custId, date, TREND_DATES));
        Collections.reverse(points);
        return points;
    }

    private CustomerProfile profile(DataScope scope, String custId) {
        CustomerProfile profile = mapper.findProfile(scope, custId);
        if (profile == null) {
            throw new OutOfScopeException("无权访问该客户");
        }
        boolean masked = scope.masked() || pool.isPooled(custId);
        return masked ? profile.masked(Masking.idNumber(profile.idNo()), Masking.mobile(profile.mobile())) : profile;
    }
}
