package org.wealthcrm.contract;

import java.util.Locale;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin initials of a name: {@code 张三} becomes {@code zs}, {@code 张小明} {@code zxm}. Latin letters and digits
 * are kept (lower case), anything else (spaces, {@code ·}) is dropped. A character with several readings takes the
 * first one pinyin4j gives.
 */
public final class NameInitials {

    static final int MAX_LENGTH = 60;

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private NameInitials() {
    }

    public static String of(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder initials = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                initials.append(Character.toLowerCase(c));
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                String first = firstReading(c);
                if (first != null) {
                    initials.append(first.charAt(0));
                }
            }
            if (initials.length() == MAX_LENGTH) {
                break;
            }
        }
        return initials.toString().toLowerCase(Locale.ROOT);
    }

    private static String firstReading(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 || readings[0].isEmpty() ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
