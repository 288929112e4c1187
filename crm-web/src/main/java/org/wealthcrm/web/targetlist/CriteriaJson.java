package org.wealthcrm.web.targetlist;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Criteria to and from the JSON text kept in {@code target_list.criteria}; reading validates them again. */
@Component
class CriteriaJson {

    private final JsonMapper mapper = JsonMapper.builder().build();

    String write(ListCriteria criteria) {
        return mapper.writeValueAsString(criteria);
    }

    ListCriteria read(String text) {
        try {
            return mapper.readValue(text, ListCriteria.class);
        } catch (JacksonException e) {
            throw new InvalidListException("名单条件无法读取：" + e.getOriginalMessage());
        }
    }
}
