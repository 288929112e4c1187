package org.wealthcrm.web.dictionary;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The option lists (service types, outcomes, tags, ...) that administrators maintain. Pages read them as
 * {@code ${@dictionary.options('SERVICE_TYPE')}}; services check codes with {@link #accepts}.
 */
@Service("dictionary")
public class Dictionary {

    public static final String SERVICE_TYPE = "SERVICE_TYPE";
    public static final String SERVICE_OUTCOME = "SERVICE_OUTCOME";

    private final DictionaryMapper mapper;

    Dictionary(DictionaryMapper mapper) {
        this.mapper = mapper;
    }

    /** The enabled options of {@code dictType}, in display order. */
    public List<DictionaryItem> options(String dictType) {
        return mapper.findEnabled(dictType);
    }

    /** Whether {@code code} is an enabled option of {@code dictType}. */
    public boolean accepts(String dictType, String code) {
        DictionaryItem item = code == null ? null : mapper.find(dictType, code);
        return item != null && item.enabled();
    }

    /** The code of the enabled option whose code or name is {@code codeOrName} (for imports); the input otherwise. */
    public String codeOf(String dictType, String codeOrName) {
        return options(dictType).stream()
                .filter(item -> item.itemCode().equals(codeOrName) || item.itemName().equals(codeOrName))
                .map(DictionaryItem::itemCode).findFirst().orElse(codeOrName);
    }

    /** The name of an option, or the code itself when the option is unknown. */
    public String name(String dictType, String code) {
        DictionaryItem item = code == null ? null : mapper.find(dictType, code);
        return item == null ? code : item.itemName();
    }

    List<DictionaryItem> all() {
        return mapper.findAll();
    }

    /** Adds the option, or changes its name, order and whether it is offered; codes are never deleted. */
    @Transactional
    void save(DictionaryItem item) {
        if (mapper.update(item) == 0) {
            mapper.insert(item);
        }
    }
}
