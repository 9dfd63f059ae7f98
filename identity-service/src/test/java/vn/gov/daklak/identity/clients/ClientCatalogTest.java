package vn.gov.daklak.identity.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import vn.gov.daklak.platform.security.SubjectType;

/** The configured channel applications bind and are valid registrations, in the default and the local profile. */
class ClientCatalogTest {

    @Test
    void theStandardApplicationsAreValid() throws IOException {
        Map<String, ClientCatalogProperties.Seed> clients = bind(false);

        assertThat(clients).containsOnlyKeys("daklak-province-app", "daklak-zalo-miniapp", "daklak-web",
                "daklak-staff-web", "daklak-hotline-console", "daklak-web-console", "daklak-web-console-residents");
        clients.forEach((id, seed) -> ClientRegistration.of(id, seed).toClient("x", id, "hash", Instant.now()));
        assertThat(clients.get("daklak-zalo-miniapp").signsIn()).isEqualTo(SubjectType.RESIDENT);
        assertThat(clients.get("daklak-hotline-console").secret()).isNull();
        assertThat(clients.get("daklak-web-console").signsIn()).isEqualTo(SubjectType.STAFF);
        assertThat(clients.get("daklak-web-console-residents").signsIn()).isEqualTo(SubjectType.RESIDENT);
    }

    @Test
    void theLocalProfileAddsSecretsAndTheDemoPartner() throws IOException {
        Map<String, ClientCatalogProperties.Seed> clients = bind(true);

        assertThat(clients).containsKey("open311-demo-partner");
        assertThat(clients.get("daklak-hotline-console").secret()).isNotBlank();
        assertThat(clients.get("daklak-web").redirectUris()).contains("http://localhost:3000/auth/callback");
        assertThat(clients.get("daklak-province-app").grantTypes()).contains("phone_otp");
        clients.forEach((id, seed) -> ClientRegistration.of(id, seed).toClient("x", id, "hash", Instant.now()));
    }

    private static Map<String, ClientCatalogProperties.Seed> bind(boolean local) throws IOException {
        List<PropertySource<?>> sources = new ArrayList<>();
        YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
        if (local) {
            sources.addAll(loader.load("local", new ClassPathResource("application-local.yml")));
        }
        sources.addAll(loader.load("default", new ClassPathResource("application.yml")));
        MutablePropertySources propertySources = new MutablePropertySources();
        sources.forEach(propertySources::addLast);
        return new Binder(ConfigurationPropertySources.from(propertySources))
                .bind("identity", ClientCatalogProperties.class).get().clients();
    }
}
