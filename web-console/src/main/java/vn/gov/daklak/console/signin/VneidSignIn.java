package vn.gov.daklak.console.signin;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import vn.gov.daklak.console.api.ApiProblem;
import vn.gov.daklak.console.api.ConsoleProperties;

/**
 * Residents' VNeID sign-in: the browser goes to identity-service's authorization endpoint (authorization code with
 * PKCE S256 and a state bound to this session), identity-service sends it on to VNeID, and the code that comes back
 * is exchanged here, on the server, with the verifier.
 */
@Controller
class VneidSignIn {

    static final String CALLBACK = "/sign-in/vneid/callback";
    private static final String PENDING = VneidSignIn.class.getName() + ".pending";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConsoleProperties properties;
    private final IdentityClient identity;
    private final Sessions sessions;

    VneidSignIn(ConsoleProperties properties, IdentityClient identity, Sessions sessions) {
        this.properties = properties;
        this.identity = identity;
        this.sessions = sessions;
    }

    record Pending(String state, String verifier) implements Serializable {
    }

    @GetMapping("/sign-in/vneid")
    String start(HttpServletRequest request) {
        requireEnabled();
        Pending pending = new Pending(random(), random());
        request.getSession().setAttribute(PENDING, pending);
        String identityUrl = properties.vneid().identityUrl() == null || properties.vneid().identityUrl().isBlank()
                ? properties.services().identity() : properties.vneid().identityUrl();
        return "redirect:" + UriComponentsBuilder.fromUriString(identityUrl).path("/oauth2/authorize")
                .queryParam("response_type", "code")
                .queryParam("client_id", properties.clients().resident())
                .queryParam("redirect_uri", callback())
                .queryParam("scope", "openid feedback.submit feedback.read identity.me")
                .queryParam("state", pending.state())
                .queryParam("code_challenge", challenge(pending.verifier()))
                .queryParam("code_challenge_method", "S256")
                .encode().build().toUriString();
    }

    @GetMapping(CALLBACK)
    String callback(@RequestParam(required = false) String code, @RequestParam(required = false) String state,
                    HttpServletRequest request, HttpServletResponse response, Model model) {
        requireEnabled();
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        if (pending == null || code == null || !MessageDigest.isEqual(pending.state().getBytes(StandardCharsets.UTF_8),
                String.valueOf(state).getBytes(StandardCharsets.UTF_8))) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "error/denied";
        }
        session.removeAttribute(PENDING);
        try {
            return sessions.start(identity.exchangeAuthorizationCode(properties.clients().resident(), code,
                    callback(), pending.verifier()), request, response);
        } catch (ApiProblem problem) {
            model.addAttribute("kind", "resident");
            model.addAttribute("problem", problem);
            return "signin/phone";
        }
    }

    private void requireEnabled() {
        if (properties.vneid() == null || !properties.vneid().enabled()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static String callback() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(CALLBACK).toUriString();
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
