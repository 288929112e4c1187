package org.wealthcrm.etl.generator;

/** Realistic Chinese personal names: common surnames weighted by frequency, one- or two-character given names. */
final class ChineseNames {

    private static final String[] SURNAMES = (
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
        + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
        .split("");
    private static final String[] COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方"};
    private static final double[] SURNAME_WEIGHTS = surnameWeights();

    private static final String[] MALE = (
        "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建峰国亮志文斌博晨昊然轩睿哲翔")
        .split("");
    private static final String[] FEMALE = (
        "芳娜敏静丽艳娟霞秀玲桂英华慧巧美雪琳晶颖倩婷雯欣怡佳悦琪萱梦涵瑶妍诗雨晓莉红燕萍洁")
        .split("");
    private static final String[] NEUTRAL = "子文思一嘉天心安可诗子明俊雅欣宇晨".split("");
    private static final String[] FOREIGN = {
        "SMITH JOHN", "MUELLER ANNA", "TANAKA HIROSHI", "KIM MINJUN", "LEE SARAH", "MARTIN PAUL",
        "NGUYEN LINH", "GARCIA MARIA", "BROWN DAVID", "SATO YUKI", "ROSSI MARCO", "WILSON EMMA"};

    private ChineseNames() {
    }

    static String person(Rng rng, boolean male) {
        String surname = rng.chance(0.004) ? COMPOUND_SURNAMES[rng.nextInt(COMPOUND_SURNAMES.length)]
            : SURNAMES[rng.weighted(SURNAME_WEIGHTS)];
        String[] pool = male ? MALE : FEMALE;
        if (rng.chance(0.28)) {
            return surname + pool[rng.nextInt(pool.length)];
        }
        String first = rng.chance(0.3) ? NEUTRAL[rng.nextInt(NEUTRAL.length)] : pool[rng.nextInt(pool.length)];
        String second = pool[rng.nextInt(pool.length)];
        return surname + first + second;
    }

    static String foreigner(Rng rng) {
        return FOREIGN[rng.nextInt(FOREIGN.length)];
    }

    /** Approximate shares (percent) of the most common surnames; the rest share the remainder evenly. */
    private static double[] surnameWeights() {
        double[] top = {7.1, 7.0, 6.7, 5.4, 4.5, 3.1, 2.3, 2.2, 2.0, 1.9, 1.7, 1.5, 1.4, 1.3, 1.3, 1.2, 1.1, 1.0,
            1.0, 0.9, 0.9, 0.9, 0.8, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.6};
        double[] weights = new double[SURNAMES.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i < top.length ? top[i] : 0.35;
        }
        return Rng.cumulative(weights);
    }
}
