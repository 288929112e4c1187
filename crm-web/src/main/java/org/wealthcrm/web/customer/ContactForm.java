package org.wealthcrm.web.customer;

import java.util.regex.Pattern;

/** What the contact and relation forms post, trimmed, with their checks. */
final class ContactForm {

    static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ContactForm() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record NewContact(String type, String value, String note) {

        NewContact {
            type = blankToNull(type);
            value = blankToNull(value);
            note = blankToNull(note);
        }

        void validate(boolean knownType) {
            if (!knownType) {
                throw new IllegalArgumentException("联系方式类型无效");
            }
            if (value == null || value.length() > 200 || note != null && note.length() > 200) {
                throw new IllegalArgumentException("请填写联系方式（不超过200字）");
            }
            if ("MOBILE".equals(type) && !MOBILE.matcher(value).matches()
                    || "PHONE".equals(type) && !PHONE.matcher(value).matches()
                    || "EMAIL".equals(type) && !EMAIL.matcher(value).matches()) {
                throw new IllegalArgumentException("联系方式格式不正确：" + value);
            }
        }
    }

    record NewRelation(String type, String relatedCustId, String relatedName, String relatedMobile, String note) {

        NewRelation {
            type = blankToNull(type);
            relatedCustId = blankToNull(relatedCustId);
            relatedName = relatedCustId == null ? blankToNull(relatedName) : null;
            relatedMobile = relatedCustId == null ? blankToNull(relatedMobile) : null;
            note = blankToNull(note);
        }

        void validate(String custId, boolean knownType, boolean knownCustomer) {
            if (!knownType) {
                throw new IllegalArgumentException("关系类型无效");
            }
            if (relatedCustId == null && (relatedName == null || relatedName.length() > 60)) {
                throw new IllegalArgumentException("请填写关联客户号，或非本行客户的姓名（不超过60字）");
            }
            if (custId.equals(relatedCustId) || !knownCustomer) {
                throw new IllegalArgumentException("关联客户号无效：" + relatedCustId);
            }
            if (relatedMobile != null && !MOBILE.matcher(relatedMobile).matches()) {
                throw new IllegalArgumentException("手机号格式不正确：" + relatedMobile);
            }
            if (note != null && note.length() > 200) {
                throw new IllegalArgumentException("备注不超过200字");
            }
        }
    }
}
