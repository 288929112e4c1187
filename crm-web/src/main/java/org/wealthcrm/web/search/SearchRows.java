package org.wealthcrm.web.search;

import org.wealthcrm.web.scope.Masking;

/** Rows the quick search reads. */
final class SearchRows {

    private SearchRows() {
    }

    record Named(String custId, String custName) {
    }

    /** A match with its score; mobile and ID number are masked before they leave the service where needed. */
    record Hit(String custId, String custName, String mobile, String idNo, String branchName, boolean pooled,
               int score) {

        Hit masked() {
            return new Hit(custId, custName, Masking.mobile(mobile),
                    Masking.idNumber(idNo), branchName, pooled, score);
        }
    }
}
