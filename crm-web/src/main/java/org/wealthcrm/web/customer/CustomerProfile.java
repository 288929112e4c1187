package org.wealthcrm.web.customer;

import java.time.LocalDate;

/** A customer's master data with the name of the home sub-branch. */
record CustomerProfile(String custId, String custName, String idType, String idNo, String gender,
                       LocalDate birthDate, String mobile, LocalDate openDate, String branchCode, String branchName,
                       String status, String riskLevel, LocalDate riskEvalDate, String province, String city) {

    CustomerProfile masked(String shownIdNo, String shownMobile) {
        return new CustomerProfile(custId, custName, idType, shownIdNo, gender, birthDate, shownMobile, openDate,
                branchCode, branchName, status, riskLevel, riskEvalDate, province, city);
    }
}
