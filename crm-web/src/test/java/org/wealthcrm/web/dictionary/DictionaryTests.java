package org.wealthcrm.web.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

@CrmWebTest
@Transactional
class DictionaryTests {

    @Autowired
    Dictionary dictionary;

    @Autowired
    WebApplicationContext context;

    @Test
    void saveWhenNewOptionThenOfferedAndWhenDisabledThenNoLongerAccepted() {
        dictionary.save(new DictionaryItem("SERVICE_TYPE", "VIDEO", "视频", 5, true));
        assertThat(dictionary.options("SERVICE_TYPE")).extracting(DictionaryItem::itemName)
                .containsExactly("面访", "电话", "会议/沙龙", "微信", "视频");
        assertThat(dictionary.accepts("SERVICE_TYPE", "VIDEO")).isTrue();

        dictionary.save(new DictionaryItem("SERVICE_TYPE", "VIDEO", "视频会议", 5, false));
        assertThat(dictionary.accepts("SERVICE_TYPE", "VIDEO")).isFalse();
        assertThat(dictionary.name("SERVICE_TYPE", "VIDEO")).isEqualTo("视频会议");
    }

    @Test
    void newItemWhenCodeHasLowerCaseThenRefused() {
        assertThatThrownBy(() -> new DictionaryItem("TAG", "vip", "贵宾", 1, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithUserDetails("hq1")
    void listWhenNotAdministratorThenForbidden() throws Exception {
        TestFixture.mockMvc(context).perform(get("/dictionary")).andExpect(status().isForbidden());
    }
}
