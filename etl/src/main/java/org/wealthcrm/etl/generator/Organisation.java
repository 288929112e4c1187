package org.wealthcrm.etl.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * The bank's organisation tree: head office HO000, regions RGnn, branches BRnnnn, sub-branches SBnnnnnn.
 * The number of regions, branches and sub-branches grows mildly with the customer count.
 */
final class Organisation {

    record Unit(String code, String name, int level, String parentCode, Geography.Province province,
                Geography.City city) {
    }

    private final List<Unit> units = new ArrayList<>();
    private final List<Unit> subBranches = new ArrayList<>();

    Organisation(int customers) {
        int magnitude = (int) StrictMath.floor(StrictMath.log10(Math.max(1.0, customers / 1000.0)));
        int regions = Math.min(Geography.PROVINCES.size(), 2 + magnitude);
        int branchesPerRegion = customers >= 100_000 ? 3 : 2;
        int subsPerBranch = Math.min(5, 2 + magnitude);
        units.add(new Unit("HO000", "总行", 1, "", null, null));
        for (int r = 0; r < regions; r++) {
            Geography.Province province = Geography.PROVINCES.get(r);
            String regionCode = String.format("RG%02d", r + 1);
            units.add(new Unit(regionCode, province.shortName() + "省分行", 2, "HO000", province, null));
            for (int b = 0; b < branchesPerRegion; b++) {
                addBranch(province, province.cities().get(b), regionCode, r, b, subsPerBranch);
            }
        }
    }

    private void addBranch(Geography.Province province, Geography.City city, String regionCode, int r, int b,
                           int subs) {
        String branchCode = String.format("BR%02d%02d", r + 1, b + 1);
        units.add(new Unit(branchCode, city.shortName() + "分行", 3, regionCode, province, city));
        for (int s = 0; s < subs; s++) {
            Unit sub = new Unit(String.format("SB%02d%02d%02d", r + 1, b + 1, s + 1),
                city.districts().get(s) + "支行", 4, branchCode, province, city);
            units.add(sub);
            subBranches.add(sub);
        }
    }

    /** Every unit in tree order: head office, then each region followed by its branches and sub-branches. */
    List<Unit> units() {
        return units;
    }

    List<Unit> subBranches() {
        return subBranches;
    }

    void write(RecordWriter out) {
        for (Unit unit : units) {
            out.field(unit.code()).field(unit.name()).number(unit.level()).field(unit.parentCode()).end();
        }
    }
}
