package org.wealthcrm.web.customer;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.DataChangeLog;
import org.wealthcrm.web.dictionary.Dictionary;
import org.wealthcrm.web.scope.DataScope;

/**
 * 联系方式与关系人: contact points of a customer and relations to other customers or to people who are not
 * customers. Adding needs edit rights on the customer; every field goes to the data-change log with the key
 * {@code <cust_id>/<id>}.
 */
@Service
class CustomerContacts {

    static final String CONTACT_TYPE = "CONTACT_TYPE";
    static final String RELATION_TYPE = "RELATION_TYPE";

    private final ContactMapper mapper;
    private final EditableCustomers editable;
    private final Dictionary dictionary;
    private final DataChangeLog changes;

    CustomerContacts(ContactMapper mapper, EditableCustomers editable, Dictionary dictionary,
                     DataChangeLog changes) {
        this.mapper = mapper;
        this.editable = editable;
        this.dictionary = dictionary;
        this.changes = changes;
    }

    /** Call only for a customer found in the scope; numbers masked when {@code masked}. */
    List<ContactRows.Contact> contacts(String custId, boolean masked) {
        List<ContactRows.Contact> rows = mapper.findContacts(custId);
        return masked ? rows.stream().map(ContactRows.Contact::masked).toList() : rows;
    }

    List<ContactRows.Relation> relations(String custId, boolean masked) {
        List<ContactRows.Relation> rows = mapper.findRelations(custId);
        return masked ? rows.stream().map(ContactRows.Relation::masked).toList() : rows;
    }

    @Transactional
    long addContact(DataScope scope, String custId, ContactForm.NewContact form) {
        editable.require(scope, custId);
        form.validate(dictionary.accepts(CONTACT_TYPE, form.type()));
        ContactRows.GeneratedId key = new ContactRows.GeneratedId();
        mapper.insertContact(custId, form.type(), form.value(), form.note(), scope.staffId(), key);
        String recordKey = custId + "/" + key.getId();
        changes.record("customer_contact", recordKey, "contact_type", null, form.type());
        changes.record("customer_contact", recordKey, "contact_value", null, form.value());
        if (form.note() != null) {
            changes.record("customer_contact", recordKey, "note", null, form.note());
        }
        return key.getId();
    }

    @Transactional
    long addRelation(DataScope scope, String custId, ContactForm.NewRelation form) {
        editable.require(scope, custId);
        boolean known = form.relatedCustId() == null || mapper.customerExists(form.relatedCustId());
        form.validate(custId, dictionary.accepts(RELATION_TYPE, form.type()), known);
        ContactRows.GeneratedId key = new ContactRows.GeneratedId();
        mapper.insertRelation(custId, form.type(), form.relatedCustId(), form.relatedName(), form.relatedMobile(),
                form.note(), scope.staffId(), key);
        String recordKey = custId + "/" + key.getId();
        changes.record("customer_relation", recordKey, "relation_type", null, form.type());
        changes.record("customer_relation", recordKey, "related_to", null,
                form.relatedCustId() != null ? form.relatedCustId() : form.relatedName());
        return key.getId();
    }

    /** Whether the contact ({@code customer_contact}) or relation belongs to {@code custId}. */
    boolean belongsTo(String table, long id, String custId) {
        return custId.equals(mapper.findOwnerCustomer(table, id));
    }
}
