package vn.gov.daklak.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.gov.daklak.contracts.report.ReportRouted;

class EventCatalogTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("vn.gov.daklak.contracts.EventSchemaTest#catalog")
    void everyTypeLeadsBackToItsRecord(EventDescriptor descriptor) {
        assertThat(EventCatalog.ofType(descriptor.type())).contains(descriptor);
        assertThat(EventCatalog.of(descriptor.recordType())).isEqualTo(descriptor);
    }

    @Test
    void aTypeThePlatformDoesNotDefineIsNotFound() {
        assertThat(EventCatalog.ofType("vn.gov.daklak.feedback.report.commented")).isEmpty();
        assertThat(EventCatalog.ofType(ReportRouted.class.getName())).as("never a Java class name").isEmpty();
        assertThat(EventCatalog.ofType(null)).isEmpty();
    }
}
