package vn.gov.daklak.identity.teams;

import java.text.Normalizer;

/** Team names as stored: trimmed, Unicode NFC. */
final class TeamNames {

    private TeamNames() {
    }

    /**
     * Vietnamese text arrives both precomposed and decomposed (macOS, some IMEs) and the two look identical; storing
     * NFC keeps equality, sorting and "did the name change" checks honest.
     */
    static String normalize(String name) {
        return name == null ? null : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }
}
