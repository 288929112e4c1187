package org.wealthcrm.web.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.scope.ScopeKind;

/**
 * A campaign of rm1 for C001, C002, C005 (C003 asked for but outside rm1's scope) from 2026-10-10 to 2026-10-12
 * with a 10-day window, so the window is 2026-10-10 .. 2026-10-22. Contacts, purchases and AUM are planted around it.
 */
@CrmWebTest
@Transactional
class CampaignEffectTests {

    static final DataScope RM1 = new DataScope(ScopeKind.OWN, "RM001", "S010101", "/HO000/R01/B0101/S010101/", false);
    static final DataScope RM2 = new DataScope(ScopeKind.OWN, "RM002", "S010101", "/HO000/R01/B0101/S010101/", false);
    static final DataScope TL1 = new DataScope(ScopeKind.TEAM, "TL001", "S010101", "/HO000/R01/B0101/S010101/", false);
    static final DataScope RGM2 = new DataScope(ScopeKind.ORG, "X", "R02", "/HO000/R02/", false);

    @Autowired
    Campaigns campaigns;
    @Autowired
    JdbcTemplate jdbc;

    long campaignId;

    @BeforeEach
    void createCampaignAndPlantData() {
        campaignId = campaigns.create(RM1, new CampaignForm("秋季理财沙龙", LocalDate.of(2026, 10, 10),
                LocalDate.of(2026, 10, 12), "陆家嘴", new BigDecimal("20000.00"), null,
                List.of("C001", "C002", "C005", "C003"), 10, "沙龙 + 回访"));
        campaigns.record(RM1, campaignId, new CampaignOutcome(new BigDecimal("16000.00"), "到场 3 人", "效果良好", 10));
        jdbc.update("""
                insert into service_record (cust_id, staff_id, service_type, served_at, content, outcome, created_at) values
                 ('C001', 'RM001', 'MEETING', timestamp '2026-10-11 15:00', '沙龙', 'INTENT', timestamp '2026-10-11 18:00'),
                 ('C002', 'RM001', 'CALL', timestamp '2026-10-22 23:00', '回访', 'NO_ANSWER', timestamp '2026-10-22 23:10'),
                 ('C005', 'RM001', 'CALL', timestamp '2026-10-23 09:00', '回访', 'DEAL', timestamp '2026-10-23 09:10'),
                 ('C003', 'RM002', 'CALL', timestamp '2026-10-11 10:00', '回访', 'DEAL', timestamp '2026-10-11 10:10')""");
        jdbc.update("""
                insert into fund_confirm (confirm_no, confirm_date, cust_id, ta_acct, fund_code, biz_code,
                  apply_amount, confirm_amount) values
                 ('K1', date '2026-10-15', 'C001', 'TA0001', '000001', '122', 100000.00, 100000.00),
                 ('K2', date '2026-10-16', 'C001', 'TA0001', '000001', '124', 50000.00, 50000.00),
                 ('K3', date '2026-10-23', 'C002', 'TA0002', '000001', '122', 30000.00, 30000.00),
                 ('K4', date '2026-10-21', 'C005', 'TA0005', '000001', '139', 20000.00, null),
                 ('K5', date '2026-10-15', 'C003', 'TA0003', '000001', '122', 90000.00, 90000.00)""");
        jdbc.update("""
                insert into wm_holding (hold_date, cust_id, prod_code, shares, market_value_cny) values
                 (date '2026-10-18', 'C002', 'WM001', 200000.00, 200000.00),
                 (date '2026-10-19', 'C002', 'WM001', 200000.00, 201000.00)""");
        jdbc.update("""
                insert into customer_metrics (biz_date, cust_id, branch_code, aum, aum_avg_30, tier, asset_interval,
                  activity_level, coverage, categories, main_rm) values
                 (date '2026-10-09', 'C001', 'S010101', 8000000.00, 0, 'VIP1', 'A10', 'L2', 1, 'DD', 'RM001'),
                 (date '2026-10-09', 'C002', 'S010101', 1000000.00, 0, 'VIP2', 'A08', 'L3', 1, 'DD', 'RM001'),
                 (date '2026-10-09', 'C005', 'S010201', 2000000.00, 0, 'VIP2', 'A08', 'L1', 1, 'DD', 'RM005'),
                 (date '2026-10-22', 'C001', 'S010101', 8100000.00, 0, 'VIP1', 'A10', 'L2', 1, 'DD', 'RM001'),
                 (date '2026-10-22', 'C002', 'S010101', 1250000.00, 0, 'VIP2', 'A08', 'L3', 1, 'DD', 'RM001'),
                 (date '2026-10-22', 'C005', 'S010201', 1990000.00, 0, 'VIP2', 'A08', 'L1', 1, 'DD', 'RM005'),
                 (date '2026-10-23', 'C001', 'S010101', 9999999.00, 0, 'VIP1', 'A10', 'L2', 1, 'DD', 'RM001')""");
    }

    @Test
    void effectWhenPurchasesPlantedInAndAroundWindowThenOnlyMembersInWindowCount() {
        CampaignEffect effect = campaigns.effect(RM1, campaignId);

        assertThat(effect.members()).isEqualTo(3);
        // reached: C001 (10-11), C002 (10-22 23:00, last day of the window); C005's call on 10-23 is after it
        assertThat(effect.reached()).isEqualTo(2);
        // responses: only C001's INTENT (C002 no answer; C003 is not a member)
        assertThat(effect.responses()).isEqualTo(1);
        // fund purchases: K1 (C001 122) and K4 (C005 139); K2 is a redemption, K3 after the window, K5 not a member
        assertThat(effect.fundPurchases()).isEqualTo(2);
        // new wealth holding: C002 first holds WM001 on 10-18 (counted once, 200,000 on its first day)
        assertThat(effect.newHoldings()).isEqualTo(1);
        // 100,000 (K1) + 20,000 (K4, apply amount while unconfirmed) + 200,000 = 320,000
        assertThat(effect.purchaseAmount()).isEqualByComparingTo("320000.00");
        assertThat(effect.converted()).isEqualTo(3);
        // AUM 10-22 minus 10-09: (8,100,000 - 8,000,000) + (1,250,000 - 1,000,000) + (1,990,000 - 2,000,000) = 340,000
        assertThat(effect.aumGained()).isEqualByComparingTo("340000.00");
        // 16,000 / 3 = 5,333.33; ROI (340,000 - 16,000) / 16,000 = 20.25
        assertThat(effect.costPerConverted()).isEqualByComparingTo("5333.33");
        assertThat(effect.roi()).isEqualByComparingTo("20.2500");
    }

    @Test
    void effectWhenWindowShortenedThenLaterPurchasesDropOut() {
        campaigns.record(RM1, campaignId, new CampaignOutcome(new BigDecimal("16000.00"), null, null, 3));

        CampaignEffect effect = campaigns.effect(RM1, campaignId);

        // window 10-10 .. 10-15: K1 only; C002's holding (10-18) and K4 (10-21) fall outside
        assertThat(effect.purchases()).isEqualTo(1);
        assertThat(effect.converted()).isEqualTo(1);
        assertThat(effect.costPerConverted()).isEqualByComparingTo("16000.00");
    }

    @Test
    void visibleWhenViewerOutsideOwnersScopeThenRefused() {
        assertThat(campaigns.visible(TL1, campaignId).members()).isEqualTo(3);
        assertThatThrownBy(() -> campaigns.visible(RM2, campaignId)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> campaigns.effect(RGM2, campaignId)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> campaigns.record(TL1, campaignId,
                new CampaignOutcome(BigDecimal.ONE, null, null, 1))).isInstanceOf(OutOfScopeException.class);
        assertThat(campaigns.compare(TL1, List.of(campaignId, campaignId))).hasSize(1);
    }
}
