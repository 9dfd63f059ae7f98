package vn.gov.daklak.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The rules every service keeps; each service's {@code ArchitectureTest} checks them against its own classes. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    public static JavaClasses importService(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    /** Events leave a service only through the outbox relay, so none is lost between a database write and Kafka. */
    public static final ArchRule EVENTS_ONLY_THROUGH_THE_OUTBOX = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.cloud.stream.function.StreamBridge")
            .orShould().dependOnClassesThat().resideInAPackage("org.springframework.kafka.core..")
            .orShould().dependOnClassesThat().resideInAPackage("org.apache.kafka.clients.producer..")
            .as("services publish events only through the outbox (platform-support's OutboxRelay)");

    /** Feature packages ({@code vn.gov.daklak.<service>.<feature>}) do not depend on each other in cycles. */
    public static ArchRule featuresFreeOfCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles();
    }

    public static final ArchRule NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    public static final ArchRule NO_FIELD_INJECTION = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    /** Checks all the rules against the service under {@code basePackage}. */
    public static void check(String basePackage) {
        JavaClasses classes = importService(basePackage);
        EVENTS_ONLY_THROUGH_THE_OUTBOX.check(classes);
        featuresFreeOfCycles(basePackage).check(classes);
        NO_STANDARD_STREAMS.check(classes);
        NO_FIELD_INJECTION.check(classes);
    }
}
