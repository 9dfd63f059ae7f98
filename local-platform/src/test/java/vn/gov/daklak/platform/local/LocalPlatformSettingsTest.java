package vn.gov.daklak.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the launcher reads from system properties and the environment. */
class LocalPlatformSettingsTest {

    @Test
    void servicesRunWithTheDefaultJvmFlagsUnlessToldOtherwise() {
        LocalPlatformSettings settings = LocalPlatformSettings.from(key -> null, key -> null);

        assertThat(settings.serviceJvmOptions()).isEqualTo(ServiceLaunch.JVM_OPTIONS);
        assertThat(launchOf(settings).command()).containsSequence(ServiceLaunch.JVM_OPTIONS);
    }

    @Test
    void jvmFlagsOfTheEnvironmentReplaceTheDefaultAndAPropertyWins() {
        Map<String, String> env = Map.of("SERVICE_JAVA_OPTS", " -Xmx512m   -XX:+UseParallelGC ");

        LocalPlatformSettings fromEnv = LocalPlatformSettings.from(key -> null, env::get);
        LocalPlatformSettings fromProperty = LocalPlatformSettings.from(
                Map.of("platform.service-java-options", "-Xmx384m")::get, env::get);

        assertThat(fromEnv.serviceJvmOptions()).containsExactly("-Xmx512m", "-XX:+UseParallelGC");
        assertThat(launchOf(fromEnv).command()).containsSequence("-Xmx512m", "-XX:+UseParallelGC", "-jar")
                .doesNotContain(ServiceLaunch.JVM_OPTIONS.get(0));
        assertThat(fromProperty.serviceJvmOptions()).containsExactly("-Xmx384m");
    }

    private static ServiceLaunch launchOf(LocalPlatformSettings settings) {
        return PlatformServices.builder(settings.repoRoot()).jvmOptions(settings.serviceJvmOptions())
                .only(PlatformService.ROUTING).launches().get(0);
    }
}
