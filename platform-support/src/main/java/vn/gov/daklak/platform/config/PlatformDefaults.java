package vn.gov.daklak.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the settings every service shares ({@code platform-defaults.yml}: Kafka binder, MongoDB, actuator, JSON) at the
 * lowest precedence, so a service's own {@code application.yml}, the environment and the command line all override
 * them. With the {@code local} profile (the embedded default on the MongoDB wire-protocol stand-in) it also adds
 * {@code platform-local.yml}.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (Arrays.asList(environment.getActiveProfiles()).contains("local")) {
            load("platform-local.yml").forEach(environment.getPropertySources()::addLast);
        }
        load("platform-defaults.yml").forEach(environment.getPropertySources()::addLast);
    }

    private static java.util.List<PropertySource<?>> load(String name) {
        try {
            return new YamlPropertySourceLoader().load(name, new ClassPathResource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
