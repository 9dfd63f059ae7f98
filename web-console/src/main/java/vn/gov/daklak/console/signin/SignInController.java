package vn.gov.daklak.console.signin;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.gov.daklak.console.api.ApiProblem;
import vn.gov.daklak.console.api.ConsoleProperties;

/**
 * Sign-in with the phone one-time code, for staff (through the console's staff client) and residents (through its
 * resident client): the number, then the code identity-service sent by SMS, then a session.
 */
@Controller
class SignInController {

    private final IdentityClient identity;
    private final ConsoleProperties properties;
    private final Sessions sessions;

    SignInController(IdentityClient identity, ConsoleProperties properties, Sessions sessions) {
        this.identity = identity;
        this.properties = properties;
        this.sessions = sessions;
    }

    @ModelAttribute("vneidEnabled")
    boolean vneidEnabled() {
        return properties.vneid() != null && properties.vneid().enabled();
    }

    @GetMapping("/sign-in")
    String phoneForm(@RequestParam(defaultValue = "staff") String kind, Model model) {
        model.addAttribute("kind", kind(kind));
        return "signin/phone";
    }

    @PostMapping("/sign-in/code")
    String sendCode(@RequestParam String kind, @RequestParam String phone, Locale locale, Model model) {
        model.addAttribute("kind", kind(kind));
        model.addAttribute("phone", phone);
        try {
            model.addAttribute("challengeId", identity.requestCode(phone.trim(), clientId(kind), locale.getLanguage()));
            return "signin/code";
        } catch (ApiProblem problem) {
            model.addAttribute("problem", problem);
            return "signin/phone";
        }
    }

    @PostMapping("/sign-in/verify")
    String verify(@RequestParam String kind, @RequestParam String challengeId, @RequestParam String code,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        SessionTokens session;
        try {
            session = identity.exchangeCode(clientId(kind), challengeId, code.trim());
        } catch (ApiProblem problem) {
            model.addAttribute("kind", kind(kind));
            model.addAttribute("challengeId", challengeId);
            model.addAttribute("problem", problem);
            return "signin/code";
        }
        return sessions.start(session, request, response);
    }

    private String clientId(String kind) {
        return "resident".equals(kind(kind)) ? properties.clients().resident() : properties.clients().staff();
    }

    private static String kind(String kind) {
        return "resident".equals(kind) ? "resident" : "staff";
    }
}
