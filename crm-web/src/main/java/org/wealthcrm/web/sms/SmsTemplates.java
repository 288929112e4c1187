package org.wealthcrm.web.sms;

import java.util.Map;

/** Fills a template's variables and adds the signature and, for marketing, the opt-out line. */
final class SmsTemplates {

    static final Map<String, String> VARIABLES = Map.of(
            "name", "{客户姓名}", "product", "{产品}", "date", "{日期}", "amount", "{金额}");

    private SmsTemplates() {
    }

    /** The exact text that goes out, with the bank's signature. */
    static String render(String body, Map<String, String> values, boolean marketing, SmsSettings settings) {
        return render(body, values, marketing, null, settings);
    }

    /**
     * The exact text that goes out: the signature ({@code signature}, or the bank's when null), the body with its
     * variables filled, and for marketing the opt-out line unless the body already ends with it.
     */
    static String render(String body, Map<String, String> values, boolean marketing, String signature,
                         SmsSettings settings) {
        String text = body == null ? "" : body;
        for (Map.Entry<String, String> variable : VARIABLES.entrySet()) {
            String value = values.get(variable.getKey());
            if (value != null) {
                text = text.replace(variable.getValue(), value);
            }
        }
        boolean optOut = marketing && !text.endsWith(settings.optOutLine());
        return (signature == null ? settings.signature() : signature) + text + (optOut ? settings.optOutLine() : "");
    }
}
