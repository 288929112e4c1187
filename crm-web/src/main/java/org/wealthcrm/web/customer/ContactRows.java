package org.wealthcrm.web.customer;

import java.time.LocalDateTime;

/** A customer's contact points and relations, as the 360 page shows them. */
final class ContactRows {

    private ContactRows() {
    }

    record Contact(long contactId, String custId, String contactType, String contactValue, String note,
                   String createdBy, LocalDateTime createdAt) {

        /** Phone numbers masked (first 3 + last 4); e-mail, WeChat and addresses kept. */
        Contact masked() {
            boolean phone = "MOBILE".equals(contactType) || "PHONE".equals(contactType);
            return phone ? new Contact(contactId, custId, contactType,
                    org.wealthcrm.web.scope.Masking.mobile(contactValue), note, createdBy, createdAt) : this;
        }
    }

    /** A relation to another customer (relatedCustId, with that customer's name) or to a non-customer. */
    record Relation(long relationId, String custId, String relationType, String relatedCustId,
                    String relatedCustName, String relatedName, String relatedMobile, String note, String createdBy,
                    LocalDateTime createdAt) {

        Relation masked() {
            return new Relation(relationId, custId, relationType, relatedCustId, relatedCustName, relatedName,
                    org.wealthcrm.web.scope.Masking.mobile(relatedMobile), note, createdBy, createdAt);
        }

        public String displayName() {
            return relatedCustId != null ? relatedCustName : relatedName;
        }
    }

    /** Carries a generated id back from an insert. */
    static final class GeneratedId {
        private Long id;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }
    }
}
