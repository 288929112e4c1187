package org.wealthcrm.web.targetlist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** The list builder form as posted; {@link #criteria()} validates the conditions. */
record ListForm(String listName, String prodCategory, String prodCode,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
                BigDecimal aumMin, BigDecimal aumMax, BigDecimal aumChangeMin, BigDecimal aumChangeMax,
                List<String> tiers, List<String> intervals, List<String> activities, List<String> held,
                List<String> missing, Integer maturityDays, Integer birthdayMonth, BigDecimal churnMin,
                Integer riskLevelMin) {

    ListForm {
        prodCategory = blankToNull(prodCategory);
        prodCode = blankToNull(prodCode);
    }

    ListCriteria criteria() {
        return new ListCriteria(aumMin, aumMax, aumChangeMin, aumChangeMax, tiers, intervals, activities, held,
                missing, maturityDays, birthdayMonth, churnMin, riskLevelMin);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
