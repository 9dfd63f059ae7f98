package vn.gov.daklak.identity.clients;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Registers the configured standard channel applications that are missing (see {@link ClientCatalogProperties}). */
@Component
@Order(0)
class ClientSeeder implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(ClientSeeder.class);

    private final ClientCatalogProperties catalog;
    private final ChannelClientStore store;
    private final ClientService service;

    ClientSeeder(ClientCatalogProperties catalog, ChannelClientStore store, ClientService service) {
        this.catalog = catalog;
        this.store = store;
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Map.Entry<String, ClientCatalogProperties.Seed> entry : catalog.clients().entrySet()) {
            String clientId = entry.getKey();
            ClientCatalogProperties.Seed seed = entry.getValue();
            if (store.findByClientId(clientId).isPresent()) {
                continue;
            }
            if (seed.confidential() && (seed.secret() == null || seed.secret().isBlank())) {
                log.warn("Channel application {} is confidential but has no secret configured; not registered",
                        clientId);
                continue;
            }
            try {
                service.register(ClientRegistration.of(clientId, seed), seed.secret());
            } catch (ClientAlreadyExistsException e) {
                // another instance registered it meanwhile
            }
        }
    }
}
