package org.wealthcrm.web.targetlist;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with target lists. Publishers (head office, regional and branch managers) create, publish and
 * refresh lists of their own subtree. Export ({@code crm.targetlist.export-roles}) is open by default to the
 * publishers and to relationship managers; an export holds only the members inside the exporter's data scope, so a
 * relationship manager takes out only his own customers. Compliance, team leads and operations cannot export.
 */
@Component
class ListRoles {

    private static final Set<String> PUBLISHERS = Set.of("HEAD_OFFICE", "REGIONAL_MANAGER", "BRANCH_MANAGER");

    private final Set<String> exportRoles;

    ListRoles(@Value("${crm.targetlist.export-roles:HEAD_OFFICE,REGIONAL_MANAGER,BRANCH_MANAGER,RM}")
              Set<String> exportRoles) {
        this.exportRoles = exportRoles;
    }

    boolean publishes(Authentication user) {
        return holds(user, PUBLISHERS);
    }

    boolean exports(Authentication user) {
        return holds(user, exportRoles);
    }

    private static boolean holds(Authentication user, Set<String> roles) {
        return user != null && user.getAuthorities().stream()
                .anyMatch(granted -> roles.contains(granted.getAuthority().replaceFirst("^ROLE_", "")));
    }
}
