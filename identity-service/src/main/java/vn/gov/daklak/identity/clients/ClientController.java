package vn.gov.daklak.identity.clients;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import vn.gov.daklak.identity.admin.AdminOnly;
import vn.gov.daklak.platform.audit.Audited;

/** Channel applications over HTTP, for province administrators. */
@AdminOnly
@RestController
@RequestMapping("/api/v1/clients")
class ClientController {
    private final ClientService service;

    ClientController(ClientService service) {
        this.service = service;
    }

    @GetMapping
    List<ClientView> list() {
        return service.all().stream().map(ClientView::of).toList();
    }

    @GetMapping("/{clientId}")
    ClientView get(@PathVariable String clientId) {
        return ClientView.of(service.get(clientId));
    }

    @Audited("client.register")
    @PostMapping
    ResponseEntity<ClientView> register(@Valid @RequestBody ClientRegistration registration) {
        ClientService.Registered registered = service.register(registration, null);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + registered.client().clientId()))
                .body(ClientView.of(registered.client(), registered.secret()));
    }

    @Audited("client.revoke")
    @PostMapping("/{clientId}/revocation")
    ClientView revoke(@PathVariable String clientId) {
        return ClientView.of(service.revoke(clientId));
    }

    @Audited("client.rotate-secret")
    @PostMapping("/{clientId}/secret")
    ClientView rotateSecret(@PathVariable String clientId) {
        ClientService.Registered registered = service.rotateSecret(clientId);
        return ClientView.of(registered.client(), registered.secret());
    }
}
