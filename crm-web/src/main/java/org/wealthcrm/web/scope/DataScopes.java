package org.wealthcrm.web.scope;

import java.util.Collection;

import org.springframework.stereotype.Service;

/** Builds the {@link DataScope} of a user from the user's staff position (and the compliance role). */
@Service
public class DataScopes {

    private static final String COMPLIANCE_ROLE = "ROLE_COMPLIANCE";

    private final ScopeMapper mapper;

    DataScopes(ScopeMapper mapper) {
        this.mapper = mapper;
    }

    /** The scope of {@code username}; a user without a staff row sees nothing. */
    public DataScope forUser(String username, Collection<String> authorities) {
        StaffPlacement placement = mapper.findPlacement(username);
        boolean masked = authorities.contains(COMPLIANCE_ROLE);
        if (placement == null) {
            return new DataScope(ScopeKind.NONE, null, null, null, masked);
        }
        ScopeKind kind = kindOf(placement.position());
        return new DataScope(kind, placement.staffId(), placement.orgCode(), placement.orgPath(),
                masked || "CMP".equals(placement.position()));
    }

    static ScopeKind kindOf(String position) {
        return switch (position) {
            case "RM" -> ScopeKind.OWN;
            case "TL" -> ScopeKind.TEAM;
            case "BM", "RGM" -> ScopeKind.ORG;
            case "HQ", "CMP" -> ScopeKind.ALL;
            default -> ScopeKind.NONE;
        };
    }
}
