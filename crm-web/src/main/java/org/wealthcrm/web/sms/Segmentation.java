package org.wealthcrm.web.sms;

import java.util.List;

/**
 * How a text goes out: its encoding, its length in that encoding's units (septets for GSM 7-bit, UTF-16 code
 * units for UCS-2), and the parts it is split into.
 */
record Segmentation(Encoding encoding, int units, List<String> parts) {

    enum Encoding {
        GSM7(160, 153), UCS2(70, 67);

        final int single;
        final int concatenated;

        Encoding(int single, int concatenated) {
            this.single = single;
            this.concatenated = concatenated;
        }
    }

    /** Units one part may hold: 160 / 70 for a single message, 153 / 67 per part of a concatenated one. */
    int perPart() {
        return parts.size() <= 1 ? encoding.single : encoding.concatenated;
    }
}
