package vn.gov.daklak.feedback;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.platform.test.ArchitectureRules;

class ArchitectureTest {

    @Test
    void keepsThePlatformRules() {
        ArchitectureRules.check("vn.gov.daklak.feedback");
    }
}
