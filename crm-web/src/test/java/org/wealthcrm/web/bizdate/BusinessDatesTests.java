package org.wealthcrm.web.bizdate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.Fixture;

@CrmWebTest
class BusinessDatesTests {

    @Autowired
    BusinessDates dates;

    @Test
    void resolveWhenNoDateAskedThenLatestPublishedDate() {
        assertThat(dates.resolve(null)).isEqualTo(Fixture.LATEST);
    }

    @Test
    void resolveWhenEarlierPublishedDateAskedThenThatDate() {
        assertThat(dates.resolve(Fixture.FIRST)).isEqualTo(Fixture.FIRST);
    }

    @Test
    void resolveWhenDateNotPublishedThenRefused() {
        assertThatThrownBy(() -> dates.resolve(LocalDate.of(2026, 11, 21)))
                .isInstanceOf(NoPublishedDataException.class);
    }

    @Test
    void recentWhenThreeDatesPublishedThenNewestFirst() {
        assertThat(dates.recent()).containsExactly(Fixture.LATEST, Fixture.PREVIOUS, Fixture.FIRST);
    }
}
