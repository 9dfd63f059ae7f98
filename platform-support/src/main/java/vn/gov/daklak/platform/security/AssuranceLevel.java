package vn.gov.daklak.platform.security;

import java.util.Arrays;

/** How sure the platform is of who signed in, carried in the {@code acr} claim. Ordered weakest first. */
public enum AssuranceLevel {
    /** A one-time code sent to the phone number. */
    PHONE("phone"),
    /** VNeID level 1 (account registered, identity not verified in person). */
    VNEID_1("vneid-1"),
    /** VNeID level 2 (identity verified with the chip ID card). */
    VNEID_2("vneid-2");

    private final String acr;

    AssuranceLevel(String acr) {
        this.acr = acr;
    }

    public String acr() {
        return acr;
    }

    public boolean isVneid() {
        return this != PHONE;
    }

    public static AssuranceLevel ofAcr(String acr) {
        return Arrays.stream(values()).filter(l -> l.acr.equals(acr)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown acr " + acr));
    }
}
