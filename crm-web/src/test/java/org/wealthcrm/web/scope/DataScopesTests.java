package org.wealthcrm.web.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wealthcrm.web.CrmWebTest;

@CrmWebTest
class DataScopesTests {

    @Autowired
    DataScopes scopes;

    @Test
    void buildScopeWhenUserIsRelationshipManagerThenOwnCustomersOfHisStaffId() {
        assertThat(scopes.forUser("rm1", List.of("ROLE_RM")))
                .isEqualTo(new DataScope(ScopeKind.OWN, "RM001", "S010101", "/HO000/R01/B0101/S010101/", false));
    }

    @Test
    void buildScopeWhenUserIsTeamLeadThenTeamOfHisOrgUnit() {
        assertThat(scopes.forUser("tl1", List.of("ROLE_TEAM_LEAD")))
                .isEqualTo(new DataScope(ScopeKind.TEAM, "TL001", "S010101", "/HO000/R01/B0101/S010101/", false));
    }

    @Test
    void buildScopeWhenUserIsBranchManagerThenOrgSubtreeOfHisBranch() {
        assertThat(scopes.forUser("bm1", List.of("ROLE_BRANCH_MANAGER")))
                .isEqualTo(new DataScope(ScopeKind.ORG, "BM001", "B0101", "/HO000/R01/B0101/", false));
    }

    @Test
    void buildScopeWhenUserIsRegionalManagerThenOrgSubtreeOfHisRegion() {
        DataScope scope = scopes.forUser("rgm1", List.of("ROLE_REGIONAL_MANAGER"));
        assertThat(scope.kind()).isEqualTo(ScopeKind.ORG);
        assertThat(scope.orgPath()).isEqualTo("/HO000/R01/");
    }

    @Test
    void buildScopeWhenUserIsHeadOfficeThenAllUnmasked() {
        DataScope scope = scopes.forUser("hq1", List.of("ROLE_HEAD_OFFICE"));
        assertThat(scope.kind()).isEqualTo(ScopeKind.ALL);
        assertThat(scope.masked()).isFalse();
    }

    @Test
    void buildScopeWhenUserIsComplianceThenAllMasked() {
        DataScope scope = scopes.forUser("cmp1", List.of("ROLE_COMPLIANCE"));
        assertThat(scope.kind()).isEqualTo(ScopeKind.ALL);
        assertThat(scope.masked()).isTrue();
    }

    @Test
    void buildScopeWhenUserIsOperationsThenNoCustomers() {
        assertThat(scopes.forUser("ops1", List.of("ROLE_OPERATIONS")).kind()).isEqualTo(ScopeKind.NONE);
    }

    @Test
    void buildScopeWhenUserUnknownThenNoCustomers() {
        assertThat(scopes.forUser("nobody", List.of()).kind()).isEqualTo(ScopeKind.NONE);
    }

    @Test
    void coverWhenPathUnderOrgPathThenInsideElseOutside() {
        DataScope branch = new DataScope(ScopeKind.ORG, "BM001", "B0101", "/HO000/R01/B0101/", false);
        assertThat(branch.covers("/HO000/R01/B0101/S010102/")).isTrue();
        assertThat(branch.covers("/HO000/R01/B0102/")).isFalse();
        assertThat(branch.covers("/HO000/R01/")).isFalse();
    }
}
