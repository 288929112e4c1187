package org.wealthcrm.web.bizdate;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The "as of" business date of every page: the latest date the nightly run published in customer_metrics, or an
 * earlier published date the user asks for. Never the wall clock.
 */
@Service
public class BusinessDates {

    private static final int RECENT_DATES = 30;

    private final BusinessDateMapper mapper;

    BusinessDates(BusinessDateMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code requested} when it was published, the latest published date when {@code requested} is null. */
    public LocalDate resolve(LocalDate requested) {
        if (requested == null) {
            LocalDate latest = mapper.findLatest();
            if (latest == null) {
                throw new NoPublishedDataException("尚无已发布的客户指标数据");
            }
            return latest;
        }
        if (!mapper.isPublished(requested)) {
            throw new NoPublishedDataException("业务日期 " + requested + " 没有已发布的数据");
        }
        return requested;
    }

    /** The last 30 published dates, newest first, for the date picker. */
    public List<LocalDate> recent() {
        return mapper.findRecent(RECENT_DATES);
    }
}
