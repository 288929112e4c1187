package org.wealthcrm.batch.load;

/** One line of an extract file with its 1-based line number, as read. */
record NumberedLine(long lineNo, String text) {
}
