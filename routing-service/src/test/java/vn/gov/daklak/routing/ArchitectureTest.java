package vn.gov.daklak.routing;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.platform.test.ArchitectureRules;

class ArchitectureTest {

    @Test
    void keepsThePlatformRules() {
        ArchitectureRules.check("vn.gov.daklak.routing");
    }
}
