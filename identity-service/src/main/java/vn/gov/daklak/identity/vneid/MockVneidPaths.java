package vn.gov.daklak.identity.vneid;

/** Where the local test provider lives inside identity-service. */
public final class MockVneidPaths {
    public static final String BASE = "/mock-vneid";

    private MockVneidPaths() {
    }
}
