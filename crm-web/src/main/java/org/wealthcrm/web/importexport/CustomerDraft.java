package org.wealthcrm.web.importexport;

/**
 * A customer from an import file, checked on its own: number, name, an 18-character resident ID, an 11-digit mobile
 * and a home branch are required; the main manager is optional (without one the customer starts in the pool).
 */
record CustomerDraft(String custId, String custName, String idNo, String mobile, String branchCode,
                     String mainStaff) {

    CustomerDraft {
        if (!custId.matches("[A-Za-z0-9]{1,16}")) {
            throw new IllegalArgumentException("客户号须为1-16位字母或数字");
        }
        if (custName.isBlank() || custName.length() > 60) {
            throw new IllegalArgumentException("姓名不能为空且不超过60个字");
        }
        if (!idNo.matches("\\d{17}[0-9Xx]")) {
            throw new IllegalArgumentException("身份证号须为18位");
        }
        if (!mobile.matches("1\\d{10}")) {
            throw new IllegalArgumentException("手机号须为11位数字");
        }
        if (branchCode.isBlank()) {
            throw new IllegalArgumentException("归属网点不能为空");
        }
        idNo = idNo.toUpperCase();
        mainStaff = mainStaff == null || mainStaff.isBlank() ? null : mainStaff;
    }

    static CustomerDraft of(ExcelRows.Line line) {
        return new CustomerDraft(line.cell(0), line.cell(1), line.cell(2), line.cell(3), line.cell(4), line.cell(5));
    }

    /** The duplicate key: name and mobile. */
    String nameAndMobile() {
        return custName + "/" + mobile;
    }
}
