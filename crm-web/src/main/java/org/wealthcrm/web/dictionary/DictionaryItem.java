package org.wealthcrm.web.dictionary;

/** One option of an option list, e.g. {@code SERVICE_TYPE / VISIT / 面访}. */
public record DictionaryItem(String dictType, String itemCode, String itemName, int sortNo, boolean enabled) {

    public DictionaryItem {
        if (dictType == null || !dictType.matches("[A-Z_]{1,20}")) {
            throw new IllegalArgumentException("字典类型只能由大写字母和下划线组成");
        }
        if (itemCode == null || !itemCode.matches("[A-Z0-9_]{1,20}")) {
            throw new IllegalArgumentException("选项代码只能由大写字母、数字和下划线组成（最多20位）");
        }
        if (itemName == null || itemName.isBlank() || itemName.length() > 60) {
            throw new IllegalArgumentException("选项名称不能为空且不超过60个字");
        }
        itemName = itemName.strip();
    }
}
