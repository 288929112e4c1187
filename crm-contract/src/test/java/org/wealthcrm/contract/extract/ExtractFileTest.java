package org.wealthcrm.contract.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExtractFileTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 20);

    @Test
    void fileNameWhenCustomerThenSystemTableAndDate() {
        assertThat(ExtractFile.CBS_CUSTOMER.fileName(DATE)).isEqualTo("cbs_customer_20261120.dat");
        assertThat(ExtractFile.CBS_CUSTOMER.controlFileName(DATE)).isEqualTo("cbs_customer_20261120.ok");
        assertThat(ExtractFile.TA_CONFIRM.fileName(DATE)).isEqualTo("ta_confirm_20261120.dat");
        assertThat(ExtractFile.CRM_ASSIGN.controlFileName(DATE)).isEqualTo("crm_assign_20261120.ok");
    }

    @Test
    void fieldCountWhenEachFileThenAsInTheContract() {
        int[] expected = {16, 10, 5, 12, 7, 5, 6, 4, 6, 13, 4, 6, 5};
        ExtractFile[] files = ExtractFile.values();
        assertThat(files).hasSize(13);
        for (int i = 0; i < files.length; i++) {
            assertThat(files[i].fieldCount()).as(files[i].name()).isEqualTo(expected[i]);
        }
    }

    @Test
    void fieldIndexWhenNamedThenPositionElseMinusOne() {
        assertThat(ExtractFile.CBS_CUSTOMER.fieldIndex("cust_id")).isZero();
        assertThat(ExtractFile.CBS_CUSTOMER.fieldIndex("city")).isEqualTo(15);
        assertThat(ExtractFile.CBS_TXN.fieldIndex("counterparty_bank")).isEqualTo(10);
        assertThat(ExtractFile.CBS_TXN.fieldIndex("nope")).isEqualTo(-1);
    }

    @Test
    void requiredWhenBootstrapAssignmentThenFalseOtherwiseTrue() {
        for (ExtractFile file : ExtractFile.values()) {
            assertThat(file.required()).as(file.name()).isEqualTo(file != ExtractFile.CRM_ASSIGN);
        }
    }

    @Test
    void kindWhenEventFilesThenEventOthersSnapshot() {
        assertThat(ExtractFile.CBS_TXN.kind()).isEqualTo(FileKind.EVENT);
        assertThat(ExtractFile.TA_NAV.kind()).isEqualTo(FileKind.EVENT);
        assertThat(ExtractFile.TA_CONFIRM.kind()).isEqualTo(FileKind.EVENT);
        assertThat(ExtractFile.CBS_BALANCE.kind()).isEqualTo(FileKind.SNAPSHOT);
        assertThat(ExtractFile.CRM_ASSIGN.system()).isEqualTo("crm");
        assertThat(ExtractFile.CRM_ASSIGN.table()).isEqualTo("assign");
    }

    @Test
    void recordDateIndexWhenDateOfRecordFieldsThenTheirPositions() {
        assertThat(ExtractFile.CBS_BALANCE.recordDateIndex()).isZero();
        assertThat(ExtractFile.CBS_TXN.recordDateIndex()).isEqualTo(3);
        assertThat(ExtractFile.CBS_CUSTOMER.recordDateIndex()).isEqualTo(-1);
    }

    @Test
    void optionalFieldsWhenNotesAllowEmptyThenNotRequired() {
        assertThat(ExtractFile.CBS_ACCOUNT.fields().get(6).required()).isFalse();
        assertThat(ExtractFile.CBS_CUSTOMER.fields().get(11).required()).isFalse();
        assertThat(ExtractFile.HR_ORG.fields().get(3).required()).isFalse();
        assertThat(ExtractFile.CBS_BALANCE.fields().get(3).required()).isTrue();
    }

    @Test
    void ofFileNameWhenDataOrControlFileThenTheFile() {
        assertThat(ExtractFile.ofFileName("cbs_txn_20261120.dat")).contains(ExtractFile.CBS_TXN);
        assertThat(ExtractFile.ofFileName("ta_nav_20261120.ok")).contains(ExtractFile.TA_NAV);
        assertThat(ExtractFile.ofFileName("cbs_txn_2026112.dat")).isEmpty();
        assertThat(ExtractFile.ofFileName("cbs_loan_20261120.dat")).isEmpty();
        assertThat(ExtractFile.ofFileName("bad-rows.csv")).isEmpty();
    }
}
