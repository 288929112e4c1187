package org.wealthcrm.web.campaign;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.DataChangeLog;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.scope.ScopeKind;

/**
 * Marketing campaigns: created by a staff member for customers in the creator's scope (members copied from a
 * published target list or a selection), seen by the owner, the owner's team and the org units above, and measured
 * from the data ({@link CampaignEffect}). Who joins a campaign is recorded in the data-change log.
 */
@Service
public class Campaigns {

    private final CampaignMapper mapper;
    private final DataChangeLog changes;
    private final Clock clock;

    Campaigns(CampaignMapper mapper, DataChangeLog changes, Clock clock) {
        this.mapper = mapper;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public long create(DataScope scope, CampaignForm form) {
        requireWriter(scope);
        if (form.listId() != null && !mapper.isPublishedList(form.listId())) {
            throw new IllegalArgumentException("目标名单不存在或未发布");
        }
        CampaignMapper.CampaignKey key = new CampaignMapper.CampaignKey();
        mapper.insert(form, scope, LocalDateTime.now(clock), key);
        long campaignId = key.getCampaignId();
        int added = form.listId() != null ? mapper.insertListMembers(campaignId, form.listId(), scope)
                : mapper.insertSelectedMembers(campaignId, form.selection(), scope);
        if (added == 0) {
            throw new IllegalArgumentException("没有可参加活动的客户（名单或清单中的客户均不在您的权限范围内）");
        }
        for (String custId : mapper.findMemberIds(campaignId)) {
            changes.record("campaign_member", campaignId + ":" + custId, "campaign_id", null, String.valueOf(campaignId));
        }
        return campaignId;
    }

    /** The owner records the actual cost, execution notes, summary and the effect window. */
    @Transactional
    public void record(DataScope scope, long campaignId, CampaignOutcome outcome) {
        CampaignRow campaign = visible(scope, campaignId);
        if (!campaign.ownerId().equals(scope.staffId())) {
            throw new OutOfScopeException("只有活动负责人可以修改");
        }
        mapper.updateOutcome(campaignId, outcome);
    }

    public CampaignRow visible(DataScope scope, long campaignId) {
        CampaignRow campaign = mapper.find(scope, campaignId);
        if (campaign == null) {
            throw new OutOfScopeException("无权查看该活动");
        }
        return campaign;
    }

    public List<CampaignRow> all(DataScope scope) {
        return mapper.findAll(scope);
    }

    public CampaignEffect effect(DataScope scope, long campaignId) {
        CampaignRow campaign = visible(scope, campaignId);
        return mapper.findEffect(campaignId, campaign.window());
    }

    public List<CampaignEffect> compare(DataScope scope, List<Long> campaignIds) {
        return campaignIds.stream().distinct().limit(6).map(id -> effect(scope, id)).toList();
    }

    private static void requireWriter(DataScope scope) {
        if (scope.masked() || scope.kind() == ScopeKind.NONE || scope.staffId() == null) {
            throw new OutOfScopeException("只读用户不能创建活动");
        }
    }
}
