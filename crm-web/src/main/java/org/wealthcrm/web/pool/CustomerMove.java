package org.wealthcrm.web.pool;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of a customer's move history (customer_move), with the staff names. */
public record CustomerMove(long moveId, String moveType, String fromStaff, String fromName, String toStaff,
                           String toName, LocalDate bizDate, String movedBy, LocalDateTime movedAt, String reason) {

    public String label() {
        return switch (moveType) {
            case "RETURN" -> "退回公海";
            case "CLAIM" -> "领取";
            case "ASSIGN" -> "分配";
            case "DISCARD" -> "移入回收站";
            case "RESTORE" -> "恢复到公海";
            default -> "移交";
        };
    }
}
