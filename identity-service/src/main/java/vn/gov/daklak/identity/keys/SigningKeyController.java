package vn.gov.daklak.identity.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.daklak.identity.admin.AdminOnly;
import vn.gov.daklak.platform.audit.Audited;

/** The signing keys for province administrators: which exist (no key material), and an immediate rotation. */
@AdminOnly
@RestController
@RequestMapping("/api/v1/signing-keys")
class SigningKeyController {
    private final SigningKeys keys;

    SigningKeyController(SigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping
    List<KeyView> list() {
        return keys.keys().stream()
                .map(k -> new KeyView(k.kid(), k.generation(), k.createdAt(), k.activatesAt())).toList();
    }

    /**
     * A new key signs from now on (e.g. after a suspected leak); the previous one stays published so that tokens it
     * signed keep working until they expire. Scheduled rotations announce the key {@code publish-ahead} earlier.
     */
    @Audited("signing-key.rotate")
    @PostMapping("/rotation")
    Map<String, String> rotate() {
        return Map.of("kid", keys.rotate(Duration.ZERO));
    }

    record KeyView(String kid, long generation, Instant createdAt, Instant activatesAt) {
    }
}
