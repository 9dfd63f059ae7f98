package vn.gov.daklak.notification;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.platform.test.ArchitectureRules;

class ArchitectureTest {

    @Test
    void keepsThePlatformRules() {
        ArchitectureRules.check("vn.gov.daklak.notification");
    }
}
