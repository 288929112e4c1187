package org.wealthcrm.web.customer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The editable profile fields of a customer, as the edit form posts them (trimmed; blank is null). */
record CustomerEdit(String custName, String gender, LocalDate birthDate, String mobile, String province,
                    String city) {

    CustomerEdit {
        custName = ContactForm.blankToNull(custName);
        gender = ContactForm.blankToNull(gender);
        mobile = ContactForm.blankToNull(mobile);
        province = ContactForm.blankToNull(province);
        city = ContactForm.blankToNull(city);
    }

    /** Refuses with the first problem found, in the form's order. */
    void validate(LocalDate today) {
        if (custName == null || custName.length() > 60) {
            throw new IllegalArgumentException("请填写客户姓名（不超过60字）");
        }
        if (gender != null && !gender.equals("M") && !gender.equals("F")) {
            throw new IllegalArgumentException("性别无效");
        }
        if (birthDate != null && (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(130)))) {
            throw new IllegalArgumentException("出生日期无效：" + birthDate);
        }
        if (mobile == null || !ContactForm.MOBILE.matcher(mobile).matches()) {
            throw new IllegalArgumentException("手机号须为11位大陆手机号码");
        }
        if (province != null && province.length() > 30 || city != null && city.length() > 30) {
            throw new IllegalArgumentException("省份、城市不超过30字");
        }
    }

    /** Column name to value text, in the order the data-change log records them. */
    Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("cust_name", custName);
        columns.put("gender", gender);
        columns.put("birth_date", birthDate == null ? null : birthDate.toString());
        columns.put("mobile", mobile);
        columns.put("province", province);
        columns.put("city", city);
        return columns;
    }
}
