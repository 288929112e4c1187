package org.wealthcrm.etl.generator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.wealthcrm.contract.extract.IdNumber;

/** Draws who a customer is (name, ID, birth date, contact, suitability) and formats the cbs_customer row. */
final class CustomerIdentity {

    private static final long EARLIEST_OPEN = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final String[] OCCUPATIONS = {"1000", "2000", "3000", "4000", "5000", "6000", "8000"};
    private static final double[] OCCUPATION_WEIGHTS = Rng.cumulative(4, 22, 25, 27, 6, 12, 4);
    private static final double[] RISK_WEIGHTS = Rng.cumulative(10, 30, 35, 18, 7);
    private static final String[] DISTRICT_SUFFIXES = {"02", "03", "04", "05", "06", "08", "10", "81"};

    final boolean male;
    final int age;
    final long birthDay;
    final long openDay;
    final String occupation;
    final int risk;

    CustomerIdentity(Rng rng, long firstDay, char status) {
        male = rng.chance(0.5);
        age = rng.chance(0.7) ? rng.between(25, 60) : rng.between(18, 85);
        birthDay = firstDay - age * 365L - rng.nextInt(365) - 1;
        long earliest = Math.max(EARLIEST_OPEN, birthDay + 18 * 366L);
        openDay = earliest >= firstDay - 1 ? firstDay - 1 : earliest + rng.nextInt((int) (firstDay - 1 - earliest));
        occupation = age >= 60 && rng.chance(0.8) ? "9001" : age < 23 && rng.chance(0.5) ? "9002"
            : OCCUPATIONS[rng.weighted(OCCUPATION_WEIGHTS)];
        risk = status == 'C' || rng.chance(0.1) ? 0 : 1 + rng.weighted(RISK_WEIGHTS);
    }

    boolean employed() {
        return occupation.charAt(0) <= '6' && !occupation.equals("9001");
    }

    /** Formats the full cbs_customer line (with its LF); draws the ID number, name and contact details. */
    byte[] row(int c, Rng rng, char status, Organisation.Unit home, long firstDay) {
        int birth = BusinessCalendar.dateCode(birthDay);
        int idKind = rng.nextInt(1000);
        String idType = idKind < 988 ? "01" : idKind < 994 ? "02" : idKind < 998 ? "03" : "04";
        String idNo = switch (idType) {
            case "01" -> residentId(rng, home, birth);
            case "02" -> "E" + Customers.digits(rng.nextInt(100_000_000), 8);
            case "03" -> (rng.chance(0.8) ? "H" : "M") + Customers.digits(rng.nextInt(100_000_000), 8);
            default -> Customers.digits(rng.nextInt(100_000_000), 8);
        };
        String person = idType.equals("02") ? ChineseNames.foreigner(rng) : ChineseNames.person(rng, male);
        String mobile = rng.chance(0.97) ? PhoneNumbers.mobile(rng) : "";
        String evaluated = risk == 0 ? "" : Integer.toString(evalDate(rng, firstDay));
        StringBuilder line = new StringBuilder(160).append(Customers.id(c)).append('|').append(person)
            .append('|').append(idType).append('|').append(idNo).append('|').append(male ? 'M' : 'F')
            .append('|').append(birth).append('|').append(mobile).append('|')
            .append(BusinessCalendar.dateCode(openDay)).append('|').append(home.code()).append('|')
            .append(status).append('|').append(occupation).append('|').append(risk == 0 ? "" : "C" + risk)
            .append('|').append(evaluated).append('|').append(rng.chance(0.7) ? 'Y' : 'N').append('|')
            .append(home.province().name()).append('|').append(home.city().name()).append('\n');
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    private int evalDate(Rng rng, long firstDay) {
        long earliest = Math.max(openDay, firstDay - 3 * 365);
        return BusinessCalendar.dateCode(earliest + rng.nextInt((int) Math.max(1, firstDay - earliest)));
    }

    private String residentId(Rng rng, Organisation.Unit home, int birth) {
        String birthplace = rng.chance(0.8)
            ? home.city().code() + DISTRICT_SUFFIXES[rng.nextInt(DISTRICT_SUFFIXES.length)]
            : Geography.OTHER_BIRTHPLACES.get(rng.nextInt(Geography.OTHER_BIRTHPLACES.size()));
        int genderDigit = 2 * rng.nextInt(5) + (male ? 1 : 0);
        String first17 = birthplace + birth + Customers.digits(rng.nextInt(100), 2) + genderDigit;
        return first17 + IdNumber.checkDigit(first17);
    }
}
