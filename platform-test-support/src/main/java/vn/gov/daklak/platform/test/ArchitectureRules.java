package vn.gov.daklak.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The rules every service keeps; each service's {@code ArchitectureTest} checks them against its own classes. */
public final class ArchitectureRules {
    private static final DescribedPredicate<JavaClass> ADAPTER = DescribedPredicate.describe("an adapter class",
            ArchitectureRules::isAdapter);

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

    /**
     * The domain stays free of persistence and messaging types: only adapter classes ({@code Mongo*},
     * {@code *Document}, {@code *Bindings}, {@code *Listener}, and classes nested in them) may depend on Spring Data,
     * the MongoDB driver, BSON or Spring Cloud Stream.
     */
    public static final ArchRule PERSISTENCE_AND_MESSAGING_ONLY_IN_ADAPTERS = noClasses()
            .that(DescribedPredicate.not(ADAPTER))
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data..", "com.mongodb..",
                    "org.bson..", "org.springframework.cloud.stream..")
            .as("only adapter classes (Mongo*, *Document, *Bindings, *Listener) depend on Spring Data, the MongoDB "
                    + "driver, BSON or Spring Cloud Stream");

    /** Feature packages ({@code vn.gov.daklak.<service>.<feature>}) do not depend on each other in cycles. */
    public static ArchRule featuresFreeOfCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles();
    }

    public static final ArchRule NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    public static final ArchRule NO_FIELD_INJECTION = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    /** Checks all the rules against the service under {@code basePackage}. */
    public static void check(String basePackage) {
        JavaClasses classes = importService(basePackage);
        PERSISTENCE_AND_MESSAGING_ONLY_IN_ADAPTERS.check(classes);
        EVENTS_ONLY_THROUGH_THE_OUTBOX.check(classes);
        featuresFreeOfCycles(basePackage).check(classes);
        NO_STANDARD_STREAMS.check(classes);
        NO_FIELD_INJECTION.check(classes);
    }

    private static boolean isAdapter(JavaClass javaClass) {
        JavaClass outermost = javaClass;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        String name = outermost.getSimpleName();
        return name.startsWith("Mongo") || name.endsWith("Document") || name.endsWith("Bindings")
                || name.endsWith("Listener");
    }
}
