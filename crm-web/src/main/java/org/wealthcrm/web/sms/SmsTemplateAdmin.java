package org.wealthcrm.web.sms;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.DataChangeLog;

/**
 * 短信模板管理: managers above team level, compliance and administrators create, edit and retire templates. A sent
 * message keeps its own copy of the text, so editing a template never changes the log. Changes are logged.
 */
@Service
class SmsTemplateAdmin {

    static final Set<String> MAINTAINER_ROLES = Set.of("ROLE_BRANCH_MANAGER", "ROLE_REGIONAL_MANAGER",
            "ROLE_HEAD_OFFICE", "ROLE_COMPLIANCE", "ROLE_ADMIN");

    private final SmsMapper mapper;
    private final SmsSettings settings;
    private final DataChangeLog changes;
    private final Clock clock;

    SmsTemplateAdmin(SmsMapper mapper, SmsSettings settings, DataChangeLog changes, Clock clock) {
        this.mapper = mapper;
        this.settings = settings;
        this.changes = changes;
        this.clock = clock;
    }

    static boolean mayMaintain(Collection<String> authorities) {
        return authorities.stream().anyMatch(MAINTAINER_ROLES::contains);
    }

    List<SmsRows.TemplateDetail> all() {
        return mapper.findAllTemplates();
    }

    /** Creates ({@code templateId} null) or edits a template; returns its id. */
    @Transactional
    long save(Collection<String> authorities, String username, Long templateId, TemplateForm form) {
        requireMaintainer(authorities);
        form.validate(settings.optOutLine());
        LocalDateTime now = LocalDateTime.now(clock);
        if (templateId == null) {
            SmsRows.GeneratedId key = new SmsRows.GeneratedId();
            mapper.insertTemplate(form, username, now, key);
            changes.record("sms_template", String.valueOf(key.getId()), "body", null, form.body());
            return key.getId();
        }
        SmsRows.TemplateDetail before = mapper.findTemplate(templateId);
        if (before == null || !before.active()) {
            throw new IllegalArgumentException("模板不存在或已停用");
        }
        mapper.updateTemplate(templateId, form, username, now);
        record(templateId, "name", before.name(), form.name());
        record(templateId, "kind", before.kind(), form.kind());
        record(templateId, "body", before.body(), form.body());
        record(templateId, "signature", before.signature(), form.signature());
        return templateId;
    }

    /** Retires a template: no longer offered for composing; the log keeps what was sent with it. */
    @Transactional
    void retire(Collection<String> authorities, String username, long templateId) {
        requireMaintainer(authorities);
        if (mapper.retireTemplate(templateId, username, LocalDateTime.now(clock)) == 0) {
            throw new IllegalArgumentException("模板不存在或已停用");
        }
        changes.record("sms_template", String.valueOf(templateId), "active", "Y", "N");
    }

    private void record(long templateId, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.record("sms_template", String.valueOf(templateId), field, before, after);
        }
    }

    private static void requireMaintainer(Collection<String> authorities) {
        if (!mayMaintain(authorities)) {
            throw new AccessDeniedException("仅分行及以上管理人员、合规或系统管理员可维护短信模板");
        }
    }
}
