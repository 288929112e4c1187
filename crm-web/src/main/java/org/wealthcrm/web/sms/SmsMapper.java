package org.wealthcrm.web.sms;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.wealthcrm.web.scope.DataScope;

/** SMS reads and the sender's outbox. The immutable log rows are written through {@link SmsLedger}. */
@Mapper
interface SmsMapper {

    long nextId();

    List<SmsRows.Recipient> findRecipients(@Param("scope") DataScope scope, @Param("custIds") List<String> custIds);

    List<String> findGroupMembers(@Param("groupId") long groupId, @Param("owner") String owner);

    SmsRows.StaffContact findStaff(@Param("username") String username);

    int countMarketing(@Param("custId") String custId, @Param("from") LocalDateTime from,
                       @Param("to") LocalDateTime to);

    void insertBatch(@Param("batchId") long batchId, @Param("createdAt") LocalDateTime createdAt,
                     @Param("sender") String sender, @Param("kind") String kind,
                     @Param("recipients") int recipients, @Param("status") String status);

    void insertOutbox(@Param("msgId") long msgId, @Param("status") String status, @Param("kind") String kind,
                      @Param("notBefore") LocalDateTime notBefore, @Param("batchId") Long batchId);

    List<Long> findDue(@Param("now") LocalDateTime now, @Param("expired") LocalDateTime expired,
                       @Param("limit") int limit);

    int claim(@Param("msgId") long msgId, @Param("worker") String worker, @Param("now") LocalDateTime now,
              @Param("expired") LocalDateTime expired);

    SmsRows.OutMessage findOutMessage(@Param("msgId") long msgId);

    List<Integer> findSubmittedParts(@Param("msgId") long msgId);

    int finishClaim(@Param("msgId") long msgId, @Param("worker") String worker, @Param("status") String status);

    int requeue(@Param("msgId") long msgId, @Param("worker") String worker,
                @Param("notBefore") LocalDateTime notBefore);

    int setStatus(@Param("msgId") long msgId, @Param("from") String from, @Param("status") String status);

    int requeueApproved(@Param("msgId") long msgId, @Param("notBefore") LocalDateTime notBefore);

    SmsRows.PartRef findPart(@Param("smscId") String smscId);

    int countPartEvents(@Param("msgId") long msgId, @Param("event") String event);

    SmsRows.Batch findBatch(@Param("batchId") long batchId);

    int decideBatch(@Param("batchId") long batchId, @Param("status") String status, @Param("by") String by,
                    @Param("at") LocalDateTime at);

    List<SmsRows.Pending> findAwaiting(@Param("batchId") long batchId);

    List<String> findConsentingByMobile(@Param("mobile") String mobile);

    int revokeConsent(@Param("custId") String custId);

    List<SmsRows.Template> findTemplates();

    List<SmsRows.LogRow> findLog(@Param("scope") DataScope scope, @Param("filter") LogFilter filter);

    SmsRows.LogRow findLogRow(@Param("scope") DataScope scope, @Param("msgId") long msgId);

    List<SmsRows.Event> findEvents(@Param("msgId") long msgId);

    List<SmsRows.Batch> findAwaitingBatches();

    List<SmsHistory.Message> findCustomerMessages(@Param("custId") String custId, @Param("limit") int limit);

    SmsRows.Template findActiveTemplate(@Param("templateId") long templateId);

    List<SmsRows.TemplateDetail> findAllTemplates();

    SmsRows.TemplateDetail findTemplate(@Param("templateId") long templateId);

    void insertTemplate(@Param("form") TemplateForm form, @Param("by") String by, @Param("at") LocalDateTime at,
                        @Param("key") SmsRows.GeneratedId key);

    int updateTemplate(@Param("templateId") long templateId, @Param("form") TemplateForm form,
                       @Param("by") String by, @Param("at") LocalDateTime at);

    int retireTemplate(@Param("templateId") long templateId, @Param("by") String by, @Param("at") LocalDateTime at);

    List<SmsRows.Group> findGroups(@Param("owner") String owner);

    List<SmsRows.GroupMember> findGroupMemberRows(@Param("groupId") long groupId);

    void insertGroup(@Param("name") String name, @Param("owner") String owner, @Param("at") LocalDateTime at,
                     @Param("key") SmsRows.GeneratedId key);

    void insertGroupMember(@Param("groupId") long groupId, @Param("custId") String custId);

    int deleteGroupMember(@Param("groupId") long groupId, @Param("custId") String custId);

    int deleteGroupMembers(@Param("groupId") long groupId);

    int deleteGroup(@Param("groupId") long groupId);

    /** Those of {@code custIds} that exist and lie in the scope. */
    List<String> findScopedIds(@Param("scope") DataScope scope, @Param("custIds") List<String> custIds);

    /** The members of a published target list that lie in the scope. */
    List<String> findListMembers(@Param("scope") DataScope scope, @Param("listId") long listId);

    List<SmsRows.PublishedList> findPublishedLists();
}
