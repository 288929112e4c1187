package org.wealthcrm.web.customer;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.wealthcrm.web.dictionary.DictionaryItem;
import org.wealthcrm.web.dictionary.Dictionary;
import org.wealthcrm.web.pool.PublicPool;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.Masking;
import org.wealthcrm.web.scope.ScopeKind;
import org.wealthcrm.web.sms.SmsHistory;

/**
 * The further sections of the customer page: contacts and relations, SMS history, target-list memberships, churn
 * score with reasons, and the data-change log for leaders and auditors. Numbers are masked as on the profile.
 */
@Service
class CustomerSections {

    static final int CHANGES_SHOWN = 50;

    private final CustomerMapper mapper;
    private final CustomerContacts contacts;
    private final SmsHistory sms;
    private final PublicPool pool;
    private final EditableCustomers editable;
    private final Dictionary dictionary;

    CustomerSections(CustomerMapper mapper, CustomerContacts contacts, SmsHistory sms, PublicPool pool,
                     EditableCustomers editable, Dictionary dictionary) {
        this.mapper = mapper;
        this.contacts = contacts;
        this.sms = sms;
        this.pool = pool;
        this.editable = editable;
        this.dictionary = dictionary;
    }

    /** Call only after the customer was found in the scope. {@code auditor}: compliance, head office or admin. */
    Sections of(DataScope scope, String custId, LocalDate date, boolean auditor) {
        boolean masked = scope.masked() || pool.isPooled(custId);
        boolean showChanges = auditor || scope.kind() == ScopeKind.TEAM || scope.kind() == ScopeKind.ORG
                || scope.kind() == ScopeKind.ALL;
        List<SectionRows.Change> changes = showChanges
                ? mapper.findChanges(custId, CHANGES_SHOWN).stream().map(c -> masked ? masked(c) : c).toList()
                : List.of();
        return new Sections(contacts.contacts(custId, masked), contacts.relations(custId, masked),
                sms.forCustomer(custId, masked), mapper.findListMemberships(scope, custId),
                mapper.findChurn(scope, custId, date), showChanges, changes, editable.mayEdit(scope, custId),
                dictionary.options(CustomerContacts.CONTACT_TYPE), dictionary.options(CustomerContacts.RELATION_TYPE));
    }

    private static SectionRows.Change masked(SectionRows.Change c) {
        if (!c.fieldName().contains("mobile") && !"contact_value".equals(c.fieldName())) {
            return c;
        }
        return new SectionRows.Change(c.seq(), c.changedAt(), c.username(), c.tableName(), c.recordKey(),
                c.fieldName(), Masking.mobile(c.oldValue()), Masking.mobile(c.newValue()));
    }

    record Sections(List<ContactRows.Contact> contacts, List<ContactRows.Relation> relations,
                    List<SmsHistory.Message> sms, List<SectionRows.ListMembership> lists, SectionRows.Churn churn,
                    boolean showChanges, List<SectionRows.Change> changes, boolean canEdit,
                    List<DictionaryItem> contactTypes, List<DictionaryItem> relationTypes) {
    }
}
