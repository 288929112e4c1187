package org.wealthcrm.web.sms;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template as the management page posts it. Variables are only the known ones ({客户姓名} {产品} {日期} {金额}); a
 * marketing template must end with the opt-out line; a signature, when given, is 【...】 of 2 to 16 characters.
 */
record TemplateForm(String name, String kind, String body, String signature) {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]*}");
    private static final Pattern SIGNATURE = Pattern.compile("【[^【】]{2,16}】");

    TemplateForm {
        name = name == null ? null : name.strip();
        body = body == null ? null : body.strip();
        signature = signature == null || signature.isBlank() ? null : signature.strip();
    }

    boolean marketing() {
        return "MARKETING".equals(kind);
    }

    void validate(String optOutLine) {
        if (name == null || name.isEmpty() || name.length() > 60) {
            throw new IllegalArgumentException("请填写模板名称（不超过60字）");
        }
        if (!"SERVICE".equals(kind) && !"MARKETING".equals(kind)) {
            throw new IllegalArgumentException("模板类型无效");
        }
        if (body == null || body.isEmpty() || body.length() > 1000) {
            throw new IllegalArgumentException("请填写模板内容（不超过1000字）");
        }
        Matcher variables = VARIABLE.matcher(body);
        while (variables.find()) {
            if (!SmsTemplates.VARIABLES.containsValue(variables.group())) {
                throw new IllegalArgumentException("未知变量：" + variables.group());
            }
        }
        if (marketing() && !body.endsWith(optOutLine)) {
            throw new IllegalArgumentException("营销模板须以退订提示“" + optOutLine + "”结尾");
        }
        if (signature != null && !SIGNATURE.matcher(signature).matches()) {
            throw new IllegalArgumentException("签名须为【】括起的2至16个字");
        }
    }
}
