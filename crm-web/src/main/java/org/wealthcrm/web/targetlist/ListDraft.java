package org.wealthcrm.web.targetlist;

import java.time.LocalDate;

/**
 * A new list as the publisher defined it, validated: a name, a window (start ≤ end), the owning org unit (the list
 * only takes customers whose home branch lies under it) and an optional target product.
 */
final class ListDraft {

    private Long listId;
    private final String listName;
    private final String ownerOrg;
    private final String ownerPath;
    private final String createdBy;
    private final String criteria;
    private final String prodCategory;
    private final String prodCode;
    private final LocalDate startDate;
    private final LocalDate endDate;

    ListDraft(String listName, String ownerOrg, String ownerPath, String createdBy, String criteria,
              String prodCategory, String prodCode, LocalDate startDate, LocalDate endDate) {
        if (listName == null || listName.isBlank() || listName.length() > 100) {
            throw new InvalidListException("请填写名单名称（不超过100字）");
        }
        if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
            throw new InvalidListException("请填写有效的起止日期");
        }
        if ((prodCategory == null) != (prodCode == null)) {
            throw new InvalidListException("目标产品不完整");
        }
        this.listName = listName.trim();
        this.ownerOrg = ownerOrg;
        this.ownerPath = ownerPath;
        this.createdBy = createdBy;
        this.criteria = criteria;
        this.prodCategory = prodCategory;
        this.prodCode = prodCode;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    Long getListId() {
        return listId;
    }

    String getListName() {
        return listName;
    }

    String getOwnerOrg() {
        return ownerOrg;
    }

    String getOwnerPath() {
        return ownerPath;
    }

    String getCreatedBy() {
        return createdBy;
    }

    String getCriteria() {
        return criteria;
    }

    String getProdCategory() {
        return prodCategory;
    }

    String getProdCode() {
        return prodCode;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }
}
