package vn.gov.daklak.notification.channels.sms;

import vn.gov.daklak.notification.channels.sms.SmsGatewayProperties.Limits;

/**
 * The text as it will go out: folded to ASCII when the profile says so, encoded as GSM-7 when every character
 * allows it (else UCS-2, at fewer characters per part), and shortened to {@code maxParts} parts.
 *
 * @param parts how many concatenated parts the gateway will send (what it charges for)
 */
record SmsText(String text, boolean unicode, int parts, boolean shortened) {
    private static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM7_EXTENSION = "^{}\\[~]|€\f";

    static SmsText prepare(String original, boolean asciiFold, Limits limits, int maxParts) {
        String text = asciiFold ? gsmOnly(VietnameseFolding.fold(original)) : original;
        boolean unicode = !isGsm7(text);
        int single = unicode ? limits.ucs2Single() : limits.gsm7Single();
        int perPart = unicode ? limits.ucs2Part() : limits.gsm7Part();
        int length = length(text, unicode);
        boolean shortened = false;
        if (length > single && length > perPart * maxParts) {
            String ellipsis = "...";
            int budget = perPart * maxParts - length(ellipsis, unicode);
            StringBuilder kept = new StringBuilder();
            int used = 0;
            for (int i = 0; i < text.length(); i++) {
                int size = length(String.valueOf(text.charAt(i)), unicode);
                if (used + size > budget) {
                    break;
                }
                kept.append(text.charAt(i));
                used += size;
            }
            int lastSpace = kept.lastIndexOf(" ");
            if (lastSpace > budget / 2) {
                kept.setLength(lastSpace); // end at a word
            }
            if (kept.length() > 0 && Character.isHighSurrogate(kept.charAt(kept.length() - 1))) {
                kept.setLength(kept.length() - 1);
            }
            text = kept.toString().stripTrailing() + ellipsis;
            length = length(text, unicode);
            shortened = true;
        }
        int parts = length <= single ? 1 : (length + perPart - 1) / perPart;
        return new SmsText(text, unicode, parts, shortened);
    }

    /** Septets for GSM-7 (extension characters take two), UTF-16 code units for UCS-2. */
    static int length(String text, boolean unicode) {
        if (unicode) {
            return text.length();
        }
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            septets += GSM7_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        }
        return septets;
    }

    static boolean isGsm7(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM7_BASIC.indexOf(c) < 0 && GSM7_EXTENSION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** After folding, whatever GSM-7 still cannot carry (emoji, CJK) becomes '?', so the message stays GSM-7. */
    private static String gsmOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String s = new String(Character.toChars(cp));
            out.append(isGsm7(s) ? s : "?");
        });
        return out.toString();
    }
}
