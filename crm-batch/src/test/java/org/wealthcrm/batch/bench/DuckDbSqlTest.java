package org.wealthcrm.batch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wealthcrm.contract.extract.ExtractFile;

/** The reference's column specs come from the contract; these are the specs EXTRACTS.md gives, written out. */
class DuckDbSqlTest {

    @Test
    void columnsWhenBalanceFileThenAmountsAsDecimalEighteenTwo() {
        assertThat(DuckDbSql.columns(ExtractFile.CBS_BALANCE)).isEqualTo("{'bal_date':'VARCHAR','acct_no':'VARCHAR',"
                + "'currency':'VARCHAR','balance':'DECIMAL(18,2)','balance_cny':'DECIMAL(18,2)'}");
    }

    @Test
    void columnsWhenNavFileThenNavsAsDecimalTenFour() {
        assertThat(DuckDbSql.columns(ExtractFile.TA_NAV)).isEqualTo("{'nav_date':'VARCHAR','fund_code':'VARCHAR',"
                + "'nav':'DECIMAL(10,4)','acc_nav':'DECIMAL(10,4)'}");
    }

    @Test
    void columnsWhenCustomerFileThenSixteenTextColumnsInFileOrder() {
        assertThat(DuckDbSql.columns(ExtractFile.CBS_CUSTOMER)).isEqualTo("{'cust_id':'VARCHAR','cust_name':'VARCHAR',"
                + "'id_type':'VARCHAR','id_no':'VARCHAR','gender':'VARCHAR','birth_date':'VARCHAR','mobile':'VARCHAR',"
                + "'open_date':'VARCHAR','branch_code':'VARCHAR','status':'VARCHAR','occupation':'VARCHAR',"
                + "'risk_level':'VARCHAR','risk_eval_date':'VARCHAR','marketing_consent':'VARCHAR',"
                + "'province':'VARCHAR','city':'VARCHAR'}");
    }
}
