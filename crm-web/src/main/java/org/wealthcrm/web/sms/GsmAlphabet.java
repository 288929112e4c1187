package org.wealthcrm.web.sms;

/**
 * The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038, 6.2.1). A character of the extension
 * table takes two septets (escape 0x1B, then its code).
 */
final class GsmAlphabet {

    static final int ESCAPE = 0x1B;
    /** Index = code; 0x1B (escape) is not a character of its own and is left out ('\0' never matches). */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\0ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION_CHARS = "\f^{}\\[~]|€";
    private static final int[] EXTENSION_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    private GsmAlphabet() {
    }

    /** Septets the character takes: 1 (basic), 2 (extension), or 0 when it is not in the alphabet. */
    static int septets(char c) {
        if (c != '\0' && BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return EXTENSION_CHARS.indexOf(c) >= 0 ? 2 : 0;
    }

    static boolean covers(String text) {
        return text.chars().allMatch(c -> septets((char) c) > 0);
    }

    /** The text as unpacked septets, one per byte (what data_coding 0 carries over SMPP). */
    static byte[] encode(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            int basic = c == '\0' ? -1 : BASIC.indexOf(c);
            if (basic >= 0) {
                out.write(basic);
            } else {
                out.write(ESCAPE);
                out.write(EXTENSION_CODES[EXTENSION_CHARS.indexOf(c)]);
            }
        }
        return out.toByteArray();
    }
}
