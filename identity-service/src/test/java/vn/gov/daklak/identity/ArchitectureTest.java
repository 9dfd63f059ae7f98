package vn.gov.daklak.identity;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.platform.test.ArchitectureRules;

class ArchitectureTest {

    @Test
    void keepsThePlatformRules() {
        ArchitectureRules.check("vn.gov.daklak.identity");
    }
}
