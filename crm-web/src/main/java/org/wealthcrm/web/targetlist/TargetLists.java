package org.wealthcrm.web.targetlist;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.scope.ScopeKind;

/** Creating, publishing and reading target lists, with the publisher and scope rules applied. */
@Service
class TargetLists {

    private final TargetListMapper mapper;
    private final CriteriaJson json;
    private final ListRoles roles;

    TargetLists(TargetListMapper mapper, CriteriaJson json, ListRoles roles) {
        this.mapper = mapper;
        this.json = json;
        this.roles = roles;
    }

    /** Saves a draft owned by the publisher's own org unit (head office: the whole bank); returns its id. */
    @Transactional
    long create(Authentication user, DataScope scope, ListForm form) {
        if (!roles.publishes(user) || (scope.kind() != ScopeKind.ORG && scope.kind() != ScopeKind.ALL)) {
            throw new OutOfScopeException("无权创建目标客户名单");
        }
        if (form.prodCode() != null && form.prodCategory() != null
                && mapper.findProductRating(form.prodCategory(), form.prodCode()) == null) {
            throw new InvalidListException("目标产品不存在或未评定风险等级");
        }
        ListDraft draft = new ListDraft(form.listName(), scope.orgCode(), mapper.findOrgPath(scope.orgCode()),
                user.getName(), json.write(form.criteria()), form.prodCategory(), form.prodCode(),
                form.startDate(), form.endDate());
        mapper.insertList(draft);
        return draft.getListId();
    }

    @Transactional
    void publish(Authentication user, DataScope scope, long listId) {
        managed(user, scope, listId);
        mapper.publish(listId);
    }

    List<TargetListRows.Summary> lists(Authentication user, DataScope scope) {
        String managedPath = roles.publishes(user) && scope.kind() != ScopeKind.NONE
                ? (scope.seesAll() ? "/" : scope.orgPath()) : null;
        return mapper.findLists(scope, managedPath);
    }

    /** A list the viewer may open: published, or one the viewer manages. */
    TargetListRows.TargetList visible(Authentication user, DataScope scope, long listId) {
        TargetListRows.TargetList list = mapper.findList(listId);
        if (list == null || !(list.published() || manages(user, scope, list))) {
            throw new OutOfScopeException("无权查看该名单");
        }
        return list;
    }

    TargetListRows.TargetList managed(Authentication user, DataScope scope, long listId) {
        TargetListRows.TargetList list = mapper.findList(listId);
        if (list == null || !manages(user, scope, list)) {
            throw new OutOfScopeException("无权管理该名单");
        }
        return list;
    }

    /** The members inside the viewer's scope, phones masked when the scope says so. */
    List<TargetListRows.Member> members(DataScope scope, long listId) {
        return members(scope, listId, false);
    }

    /** As {@link #members(DataScope, long)}, with {@code byPropensity} the likeliest buyers first. */
    List<TargetListRows.Member> members(DataScope scope, long listId, boolean byPropensity) {
        List<TargetListRows.Member> members = mapper.findMembers(listId, scope, byPropensity);
        return scope.masked() ? members.stream().map(TargetListRows.Member::masked).toList() : members;
    }

    ListCriteria criteria(TargetListRows.TargetList list) {
        return json.read(list.criteria());
    }

    boolean manages(Authentication user, DataScope scope, TargetListRows.TargetList list) {
        return roles.publishes(user) && (scope.kind() == ScopeKind.ORG || scope.kind() == ScopeKind.ALL)
                && scope.covers(list.ownerPath());
    }
}
