package org.wealthcrm.web.campaign;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.wealthcrm.web.scope.DataScope;

@Mapper
interface CampaignMapper {

    void insert(@Param("form") CampaignForm form, @Param("scope") DataScope scope, @Param("now") LocalDateTime now,
                @Param("key") CampaignKey key);

    /** Copies the members of a published list that lie in the creator's scope; returns how many. */
    int insertListMembers(@Param("campaignId") long campaignId, @Param("listId") long listId,
                          @Param("scope") DataScope scope);

    /** Adds the selected customers that lie in the creator's scope; returns how many. */
    int insertSelectedMembers(@Param("campaignId") long campaignId, @Param("custIds") List<String> custIds,
                              @Param("scope") DataScope scope);

    boolean isPublishedList(@Param("listId") long listId);

    List<String> findMemberIds(@Param("campaignId") long campaignId);

    int updateOutcome(@Param("campaignId") long campaignId, @Param("outcome") CampaignOutcome outcome);

    /** The campaign when the viewer's scope covers its owner, else null. */
    CampaignRow find(@Param("scope") DataScope scope, @Param("campaignId") long campaignId);

    List<CampaignRow> findAll(@Param("scope") DataScope scope);

    CampaignEffect findEffect(@Param("campaignId") long campaignId, @Param("window") Window window);

    /** Carries the generated campaign_id back from the insert. */
    final class CampaignKey {
        private Long campaignId;

        public Long getCampaignId() {
            return campaignId;
        }

        public void setCampaignId(Long campaignId) {
            this.campaignId = campaignId;
        }
    }
}
