package org.wealthcrm.web.recyclebin;

import java.time.LocalDateTime;

/** One deleted record in the recycle bin. */
record BinEntry(long binId, BinKind itemType, String itemKey, String custId, String custName, String ownerStaff,
                String ownerName, String summary, String snapshot, String deletedBy, LocalDateTime deletedAt) {
}
