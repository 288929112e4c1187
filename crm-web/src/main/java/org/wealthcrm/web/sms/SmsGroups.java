package org.wealthcrm.web.sms;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.Masking;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.scope.ScopeKind;

/**
 * Saved recipient groups (收件人分组) of one user, made from a selection of customers or a published target list.
 * Only customers inside the owner's scope become members; sending checks the scope again.
 */
@Service
class SmsGroups {

    private final SmsMapper mapper;
    private final Clock clock;

    SmsGroups(SmsMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    List<SmsRows.Group> groups(String owner) {
        return mapper.findGroups(owner);
    }

    /** Published target lists, for the pickers. */
    List<SmsRows.PublishedList> lists() {
        return mapper.findPublishedLists();
    }

    /** The members of one of the owner's groups, phones masked when the scope says so. */
    List<SmsRows.GroupMember> members(DataScope scope, String owner, long groupId) {
        requireGroup(owner, groupId);
        List<SmsRows.GroupMember> members = mapper.findGroupMemberRows(groupId);
        return scope.masked() ? members.stream().map(m -> m.masked(Masking.mobile(m.mobile()))).toList() : members;
    }

    /**
     * Creates a group from customer ids and/or a target list's members, keeping those in the scope; returns the
     * group id and how many members it got.
     */
    @Transactional
    Created create(DataScope scope, String owner, String name, List<String> custIds, Long listId) {
        if (name == null || name.isBlank() || name.strip().length() > 60) {
            throw new IllegalArgumentException("请填写分组名称（不超过60字）");
        }
        if (scope.kind() == ScopeKind.NONE) {
            throw new OutOfScopeException("无客户权限，不能建立分组");
        }
        Set<String> members = new LinkedHashSet<>(scopedIds(scope, custIds));
        if (listId != null) {
            members.addAll(mapper.findListMembers(scope, listId));
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("没有权限范围内的客户可加入分组");
        }
        SmsRows.GeneratedId key = new SmsRows.GeneratedId();
        mapper.insertGroup(name.strip(), owner, LocalDateTime.now(clock), key);
        members.forEach(custId -> mapper.insertGroupMember(key.getId(), custId));
        return new Created(key.getId(), members.size());
    }

    /** Removes one member; the owner only. */
    @Transactional
    void removeMember(String owner, long groupId, String custId) {
        requireGroup(owner, groupId);
        mapper.deleteGroupMember(groupId, custId);
    }

    /** Deletes the group; the owner only. The messages already sent to it stay in the log. */
    @Transactional
    void delete(String owner, long groupId) {
        requireGroup(owner, groupId);
        mapper.deleteGroupMembers(groupId);
        mapper.deleteGroup(groupId);
    }

    private List<String> scopedIds(DataScope scope, List<String> custIds) {
        return custIds.isEmpty() ? List.of() : mapper.findScopedIds(scope, custIds);
    }

    private void requireGroup(String owner, long groupId) {
        if (mapper.findGroups(owner).stream().noneMatch(g -> g.groupId() == groupId)) {
            throw new OutOfScopeException("无权访问该分组");
        }
    }

    record Created(long groupId, int members) {
    }
}
