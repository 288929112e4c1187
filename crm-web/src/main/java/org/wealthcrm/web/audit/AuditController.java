package org.wealthcrm.web.audit;

import java.time.LocalDateTime;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** 合规审计: verify the chains, read the latest data changes and sign-ins (compliance, head office, admin). */
@Controller
class AuditController {

    private final AuditChainVerifier verifier;
    private final JdbcTemplate jdbc;

    AuditController(AuditChainVerifier verifier, JdbcTemplate jdbc) {
        this.verifier = verifier;
        this.jdbc = jdbc;
    }

    record Change(long seq, LocalDateTime changedAt, String username, String tableName, String recordKey,
                  String fieldName, String oldValue, String newValue) {
    }

    record Login(long seq, LocalDateTime loggedAt, String username, String ip, String result) {
    }

    @GetMapping("/audit")
    String page(Authentication user, Model model) {
        requireAuditor(user);
        model.addAttribute("changes", jdbc.query("select seq, changed_at, username, table_name, record_key,"
                + " field_name, old_value, new_value from data_change_log order by seq desc fetch first 100 rows only",
                new DataClassRowMapper<>(Change.class)));
        model.addAttribute("logins", jdbc.query("select seq, logged_at, username, ip, result from login_log"
                + " order by seq desc fetch first 100 rows only", new DataClassRowMapper<>(Login.class)));
        return "audit/chains";
    }

    @PostMapping("/audit/verify")
    String verify(Authentication user, Model model) {
        model.addAttribute("reports", verifier.verifyAll());
        return page(user, model);
    }

    static boolean isAuditor(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> switch (a.getAuthority()) {
            case "ROLE_COMPLIANCE", "ROLE_HEAD_OFFICE", "ROLE_ADMIN" -> true;
            default -> false;
        });
    }

    private static void requireAuditor(Authentication user) {
        if (!isAuditor(user)) {
            throw new AccessDeniedException("仅合规、总行管理或系统管理员可查看");
        }
    }
}
