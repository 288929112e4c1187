package org.wealthcrm.web.importexport;

import java.util.Collection;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Which roles may take lists out of the system and bring data in ({@code crm.export.roles},
 * {@code crm.import.customer-roles}, {@code crm.import.service-roles}). By default relationship managers may import
 * their own service records but neither export lists nor import customers.
 */
@ControllerAdvice
public class ExportPolicy {

    private final Set<String> exportRoles;
    private final Set<String> customerImportRoles;
    private final Set<String> serviceImportRoles;

    ExportPolicy(@Value("${crm.export.roles:TEAM_LEAD,BRANCH_MANAGER,REGIONAL_MANAGER,HEAD_OFFICE,ADMIN}")
                 Set<String> exportRoles,
                 @Value("${crm.import.customer-roles:BRANCH_MANAGER,REGIONAL_MANAGER,HEAD_OFFICE,ADMIN}")
                 Set<String> customerImportRoles,
                 @Value("${crm.import.service-roles:RM,TEAM_LEAD,BRANCH_MANAGER,REGIONAL_MANAGER,HEAD_OFFICE}")
                 Set<String> serviceImportRoles) {
        this.exportRoles = exportRoles;
        this.customerImportRoles = customerImportRoles;
        this.serviceImportRoles = serviceImportRoles;
    }

    /** For the pages: whether to offer the export button. */
    @ModelAttribute("canExport")
    public boolean canExport() {
        return holds(exportRoles);
    }

    public boolean canImportCustomers() {
        return holds(customerImportRoles);
    }

    public boolean canImportServices() {
        return holds(serviceImportRoles);
    }

    private static boolean holds(Collection<String> roles) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.getAuthorities().stream()
                .anyMatch(granted -> roles.contains(granted.getAuthority().replaceFirst("^ROLE_", "")));
    }
}
