package org.wealthcrm.etl.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Staff of the demo bank. Ids are a position letter and a six-digit sequence in roster order:
 * RM S000001.., TL T.., BM B.., RGM G.., HQ H.., CMP K.., OPS P.. (see the module README).
 */
final class StaffRoster {

    record Member(String id, String name, String orgCode, String position, boolean active, String mobile) {
    }

    private static final int CUSTOMERS_PER_RM = 600;
    private static final int MAX_RMS_PER_SUB_BRANCH = 40;

    private final List<Member> members = new ArrayList<>();
    private final int[] firstRm;
    private final int[] rmCount;
    private final int[] sequence = new int[128];

    StaffRoster(Organisation organisation, int customers, Rng rng) {
        List<Organisation.Unit> subs = organisation.subBranches();
        firstRm = new int[subs.size()];
        rmCount = new int[subs.size()];
        int rmsPerSub = (int) Math.max(2, Math.min(MAX_RMS_PER_SUB_BRANCH,
            Math.round(customers / (double) subs.size() / CUSTOMERS_PER_RM)));
        int subIndex = 0;
        for (Organisation.Unit unit : organisation.units()) {
            switch (unit.level()) {
                case 1 -> headOffice(unit.code(), rng);
                case 2 -> add('G', "RGM", unit.code(), true, rng);
                case 3 -> add('B', "BM", unit.code(), true, rng);
                default -> subBranch(unit.code(), subIndex++, rmsPerSub, rng);
            }
        }
    }

    private void headOffice(String code, Rng rng) {
        for (int i = 0; i < 3; i++) {
            add('H', "HQ", code, true, rng);
        }
        for (int i = 0; i < 2; i++) {
            add('K', "CMP", code, true, rng);
        }
        for (int i = 0; i < 3; i++) {
            add('P', "OPS", code, i < 2, rng);
        }
    }

    private void subBranch(String code, int subIndex, int rms, Rng rng) {
        add('T', "TL", code, true, rng);
        firstRm[subIndex] = members.size();
        rmCount[subIndex] = rms;
        for (int i = 0; i < rms; i++) {
            add('S', "RM", code, true, rng);
        }
        if (rng.chance(0.3)) {
            add('S', "RM", code, false, rng);
        }
    }

    private void add(char letter, String position, String orgCode, boolean active, Rng rng) {
        String id = letter + String.format("%06d", ++sequence[letter]);
        members.add(new Member(id, ChineseNames.person(rng, rng.chance(0.55)), orgCode, position, active,
            PhoneNumbers.mobile(rng)));
    }

    /** Roster index of the k-th active RM (0-based) of a sub-branch. */
    int rm(int subIndex, int k) {
        return firstRm[subIndex] + k;
    }

    int rmCount(int subIndex) {
        return rmCount[subIndex];
    }

    Member member(int index) {
        return members.get(index);
    }

    List<Member> members() {
        return members;
    }

    void write(RecordWriter out) {
        for (Member m : members) {
            out.field(m.id()).field(m.name()).field(m.orgCode()).field(m.position())
                .field(m.active() ? "A" : "L").field(m.mobile()).end();
        }
    }
}
