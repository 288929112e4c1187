package org.wealthcrm.etl.generator;

import java.util.List;

/** The bank's own wealth management products (理财) and their daily unit values. */
final class WealthShelf {

    record Product(String code, String name, String type, int risk, int issueOffset, Integer endOffset,
                   char status, double annualYield, double dailyVolatility) {
        boolean holdable() {
            return status != 'E';
        }
    }

    static final List<Product> PRODUCTS = List.of(
        new Product("WMCM0001", "天天利现金管理1号", "CM", 1, -1400, null, 'S', 0.018, 0.00002),
        new Product("WMCM0002", "天天利现金管理2号", "CM", 1, -900, null, 'S', 0.019, 0.00002),
        new Product("WMCM0003", "薪金宝现金管理", "CM", 1, -700, null, 'S', 0.017, 0.00002),
        new Product("WMCM0004", "天天利现金管理3号", "CM", 1, -2000, -100, 'E', 0.020, 0.00002),
        new Product("WMFI0001", "鑫享稳健30天持有期", "FI", 2, -800, null, 'S', 0.024, 0.0002),
        new Product("WMFI0002", "鑫享稳健90天持有期", "FI", 2, -650, null, 'S', 0.026, 0.0002),
        new Product("WMFI0003", "季季盈固收增强", "FI", 2, -500, null, 'S', 0.028, 0.0003),
        new Product("WMFI0004", "年年盈一年定开", "FI", 2, -400, null, 'H', 0.030, 0.0003),
        new Product("WMFI0005", "安心稳利封闭式182天", "FI", 2, -120, 60, 'H', 0.027, 0.0002),
        new Product("WMFI0006", "安心稳利封闭式365天", "FI", 2, -165, 200, 'H', 0.029, 0.0002),
        new Product("WMFI0007", "安心稳利2024年第8期", "FI", 2, -385, -20, 'E', 0.028, 0.0002),
        new Product("WMFI0008", "养老理财2号五年封闭", "FI", 2, -300, 1500, 'H', 0.042, 0.0004),
        new Product("WMFI0009", "绿色债券主题理财", "FI", 2, -240, null, 'S', 0.027, 0.0003),
        new Product("WMMX0001", "安盈混合一年定开", "MX", 3, -600, null, 'S', 0.035, 0.0015),
        new Product("WMMX0002", "稳进增强多资产", "MX", 3, -450, null, 'S', 0.034, 0.0012),
        new Product("WMMX0003", "固收+优选18个月", "MX", 3, -240, 300, 'H', 0.036, 0.0012),
        new Product("WMMX0004", "红利低波精选", "MX", 3, -180, null, 'S', 0.038, 0.0018),
        new Product("WMEQ0001", "权益精选1号", "EQ", 4, -700, null, 'S', 0.060, 0.0100),
        new Product("WMEQ0002", "科技成长权益", "EQ", 5, -350, null, 'S', 0.070, 0.0140),
        new Product("WMEQ0003", "消费主题权益", "EQ", 4, -900, null, 'H', 0.050, 0.0110));

    private final long[][] nav;

    /** Unit values in ten-thousandths for each product and simulated day, starting from issue at 1.0000. */
    WealthShelf(int days, Rng rng) {
        nav = new long[PRODUCTS.size()][days];
        for (int p = 0; p < PRODUCTS.size(); p++) {
            Product product = PRODUCTS.get(p);
            double value = 1.0 + product.annualYield() * -product.issueOffset() / 365.0;
            for (int k = 0; k < days; k++) {
                value *= 1.0 + product.annualYield() / 365.0 + product.dailyVolatility() * rng.gaussian();
                nav[p][k] = Math.round(value * 10_000);
            }
        }
    }

    long nav(int product, int day) {
        return nav[product][day];
    }

    static int count() {
        return PRODUCTS.size();
    }

    static Product product(int index) {
        return PRODUCTS.get(index);
    }
}
