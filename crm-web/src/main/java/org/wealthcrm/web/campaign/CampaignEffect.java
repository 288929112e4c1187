package org.wealthcrm.web.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The effect of a campaign measured from the data in its window (see {@link Window}), never typed in:
 * members reached (a service record with them), responses (a positive outcome: service record DEAL or INTENT, list
 * contact INTERESTED or APPOINTMENT), purchases (fund subscriptions/purchases 120, 122, 139 and wealth products first
 * held in the window), converted customers (members with any such purchase), AUM gained (Σ members' AUM at the window
 * end minus at the start). Cost per converted customer = actual cost / converted; ROI = (AUM gained − actual cost) /
 * actual cost. Both are null when there is nothing to divide by.
 */
record CampaignEffect(long campaignId, String subject, int members, int reached, int responses, int fundPurchases,
                      int newHoldings, BigDecimal purchaseAmount, int converted, BigDecimal aumGained,
                      BigDecimal cost) {

    public int purchases() {
        return fundPurchases + newHoldings;
    }

    public BigDecimal costPerConverted() {
        return cost == null || converted == 0 ? null
                : cost.divide(BigDecimal.valueOf(converted), 2, RoundingMode.HALF_UP);
    }

    public BigDecimal roi() {
        return cost == null || cost.signum() == 0 ? null
                : aumGained.subtract(cost).divide(cost, 4, RoundingMode.HALF_UP);
    }
}
