package org.wealthcrm.etl.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Thirty mutual funds of six fund companies, five each, with daily NAVs. Non-money-market funds publish
 * on trading days only (QDII also skips some foreign holidays); every fund publishes on the first date.
 * Special cases: one fund in its subscription period (120), one being liquidated mid-window (142, then
 * status 9), one QDII with suspended purchase (1), one FOF with suspended redemption (2).
 */
final class FundShelf {

    record Fund(String code, String name, String type, int risk, String company, int companyIndex) {
    }

    private static final String[] COMPANIES = {"鼎泰", "华辰", "博远", "安信和泰", "恒睿", "中鑫"};
    private static final String[] CODE_PREFIXES = {"210", "260", "320", "410", "519", "660"};
    static final int NEW_FUND = 4;
    static final int LIQUIDATED_FUND = 7;
    static final int SUSPENDED_PURCHASE_FUND = 19;
    static final int SUSPENDED_REDEMPTION_FUND = 9;
    static final long DIVIDEND_PER_UNIT = 60;

    private final List<Fund> funds = new ArrayList<>();
    private final long[][] nav;
    private final long[][] accNav;
    private final boolean[][] published;
    private final int liquidationDay;
    private final int[] dividendDay;

    FundShelf(BusinessCalendar calendar, Rng rng) {
        for (int c = 0; c < COMPANIES.length; c++) {
            addCompany(c);
        }
        int days = calendar.size();
        nav = new long[funds.size()][days];
        accNav = new long[funds.size()][days];
        published = new boolean[funds.size()][days];
        dividendDay = new int[funds.size()];
        liquidationDay = firstTradingDayFrom(calendar, days / 2);
        for (int f = 0; f < funds.size(); f++) {
            simulate(f, calendar, rng);
        }
    }

    private void addCompany(int c) {
        String shortName = COMPANIES[c];
        String company = shortName + "基金管理有限公司";
        String[][] lineup = {
            {"MM", "货币A", "1"}, {"BD", "纯债债券A", "2"}, {"HY", "灵活配置混合", "3"},
            c % 2 == 0 ? new String[] {"EQ", "沪深300指数增强", "4"} : new String[] {"EQ", "新兴成长股票", "4"},
            c % 3 == 0 ? new String[] {"QD", "全球精选混合(QDII)", "5"}
                : c % 3 == 1 ? new String[] {"FF", "养老目标2035三年持有混合(FOF)", "3"}
                : new String[] {"EQ", "科技创新股票", "5"}};
        for (int f = 0; f < lineup.length; f++) {
            String code = CODE_PREFIXES[c] + String.format("%03d", 1 + f * 17);
            String name = shortName + lineup[f][1];
            if (funds.size() == NEW_FUND) {
                name = shortName + "恒远优选混合发起式";
            }
            boolean newFund = funds.size() == NEW_FUND;
            funds.add(new Fund(code, name, newFund ? "HY" : lineup[f][0],
                newFund ? 3 : Integer.parseInt(lineup[f][2]), company, c));
        }
    }

    private void simulate(int f, BusinessCalendar calendar, Rng rng) {
        Fund fund = funds.get(f);
        boolean moneyMarket = fund.type().equals("MM");
        double value = moneyMarket || f == NEW_FUND ? 1.0 : 0.8 + rng.nextDouble() * (fund.risk() >= 4 ? 2.6 : 0.6);
        long dividends = moneyMarket || f == NEW_FUND ? 0 : rng.nextInt(3000);
        dividendDay[f] = fund.type().equals("BD") ? 1 + (f * 5) % 28 : 0;
        for (int k = 0; k < calendar.size(); k++) {
            boolean publishes = k == 0 || moneyMarket || calendar.trading(k)
                && !(fund.type().equals("QD") && rng.chance(0.12));
            if (f == LIQUIDATED_FUND && liquidationDay >= 0 && k > liquidationDay) {
                publishes = false;
            }
            if (publishes && !moneyMarket && f != NEW_FUND && k > 0) {
                value *= 1.0 + drift(fund.type()) + volatility(fund.type()) * rng.gaussian();
            }
            long unit = Math.round(value * 10_000);
            if (publishes && isDividendDay(f, calendar.dayOfMonth(k)) && k > 0) {
                unit -= DIVIDEND_PER_UNIT;
                dividends += DIVIDEND_PER_UNIT;
                value = unit / 10_000.0;
            }
            nav[f][k] = publishes ? unit : nav[f][k - 1];
            accNav[f][k] = moneyMarket ? 10_000 : nav[f][k] + dividends;
            published[f][k] = publishes;
        }
    }

    private static int firstTradingDayFrom(BusinessCalendar calendar, int start) {
        for (int k = Math.max(1, start); k < calendar.size(); k++) {
            if (calendar.trading(k)) {
                return k;
            }
        }
        return -1;
    }

    private static double drift(String type) {
        return switch (type) {
            case "EQ" -> 0.0003;
            case "HY", "QD" -> 0.0002;
            case "FF" -> 0.00015;
            default -> 0.00012;
        };
    }

    private static double volatility(String type) {
        return switch (type) {
            case "EQ" -> 0.013;
            case "HY" -> 0.009;
            case "QD" -> 0.011;
            case "FF" -> 0.004;
            default -> 0.0008;
        };
    }

    boolean isDividendDay(int f, int dayOfMonth) {
        return dividendDay[f] == dayOfMonth;
    }

    /** The status code of ta_fund on the day: 0 open, 1 suspended purchase, 2 suspended redemption, 9 closed. */
    char status(int f, int day) {
        if (f == LIQUIDATED_FUND) {
            return liquidationDay >= 0 && day >= liquidationDay ? '9' : '1';
        }
        return f == SUSPENDED_PURCHASE_FUND ? '1' : f == SUSPENDED_REDEMPTION_FUND ? '2' : '0';
    }

    boolean canBuy(int f, int day) {
        return published[f][day] && status(f, day) == '0';
    }

    boolean canRedeem(int f, int day) {
        return published[f][day] && (status(f, day) == '0' || status(f, day) == '1');
    }

    int liquidationDay() {
        return liquidationDay;
    }

    /** The latest NAV on or before the day, in ten-thousandths. */
    long nav(int f, int day) {
        return nav[f][day];
    }

    long accNav(int f, int day) {
        return accNav[f][day];
    }

    boolean published(int f, int day) {
        return published[f][day];
    }

    Fund fund(int f) {
        return funds.get(f);
    }

    int count() {
        return funds.size();
    }
}
