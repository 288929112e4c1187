package org.wealthcrm.web.sms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into SMS parts per 3GPP TS 23.038: GSM 7-bit when every character is in the default alphabet or
 * its extension table (160 septets, or 153 per part), otherwise UCS-2 (70 characters, or 67 per part). A part never
 * ends inside an escape sequence or a surrogate pair. Parts of a concatenated message carry the 6-byte UDH
 * {@code 05 00 03 ref total seq} (3GPP TS 23.040, IEI 0x00).
 */
final class SmsSegmenter {

    private SmsSegmenter() {
    }

    static Segmentation segment(String text) {
        boolean gsm = GsmAlphabet.covers(text);
        Segmentation.Encoding encoding = gsm ? Segmentation.Encoding.GSM7 : Segmentation.Encoding.UCS2;
        int units = gsm ? text.chars().map(c -> GsmAlphabet.septets((char) c)).sum() : text.length();
        if (units <= encoding.single) {
            return new Segmentation(encoding, units, text.isEmpty() ? List.of() : List.of(text));
        }
        return new Segmentation(encoding, units, split(text, gsm, encoding.concatenated));
    }

    private static List<String> split(String text, boolean gsm, int limit) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int width = gsm ? 1 : Character.charCount(text.codePointAt(i));
            int cost = gsm ? GsmAlphabet.septets(text.charAt(i)) : width;
            if (used + cost > limit) {
                parts.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += cost;
            i += width;
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** The payload of one part: the text's bytes, after the UDH when the message has more than one part. */
    static byte[] payload(Segmentation segmentation, int index, int reference) {
        String part = segmentation.parts().get(index);
        byte[] body = segmentation.encoding() == Segmentation.Encoding.GSM7
                ? GsmAlphabet.encode(part) : part.getBytes(StandardCharsets.UTF_16BE);
        int total = segmentation.parts().size();
        if (total == 1) {
            return body;
        }
        byte[] out = new byte[6 + body.length];
        byte[] udh = {0x05, 0x00, 0x03, (byte) reference, (byte) total, (byte) (index + 1)};
        System.arraycopy(udh, 0, out, 0, 6);
        System.arraycopy(body, 0, out, 6, body.length);
        return out;
    }
}
