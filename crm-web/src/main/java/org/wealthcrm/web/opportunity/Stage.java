package org.wealthcrm.web.opportunity;

import java.util.Arrays;
import java.util.List;

/** The stages of a sales opportunity, in funnel order; WON and LOST close it. */
public enum Stage {
    LEAD("初步接洽"), QUALIFIED("需求确认"), PROPOSAL("方案建议"), NEGOTIATION("商务谈判"), WON("赢单"), LOST("输单");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this != WON && this != LOST;
    }

    /** The stages shown in the funnel: the open ones and WON (LOST leaves the funnel). */
    static List<Stage> funnel() {
        return Arrays.stream(values()).filter(stage -> stage != LOST).toList();
    }

    static String labelOf(String name) {
        return name == null ? "" : valueOf(name).label();
    }
}
