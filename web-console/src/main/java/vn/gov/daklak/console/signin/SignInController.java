package vn.gov.daklak.console.signin;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
    private final JwtDecoder tokens;
    private final ConsoleProperties properties;
    private final SecurityContextRepository contexts;
    private final RequestCache requests = new HttpSessionRequestCache();

    SignInController(IdentityClient identity, JwtDecoder tokens, ConsoleProperties properties,
                     SecurityContextRepository contexts) {
        this.identity = identity;
        this.tokens = tokens;
        this.properties = properties;
        this.contexts = contexts;
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
        ConsoleUser user = ConsoleUser.of(tokens.decode(session.accessToken()));
        SavedRequest saved = requests.getRequest(request, response);
        request.getSession();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        AccessTokens.store(request.getSession(), session);
        if (saved != null) {
            return "redirect:" + saved.getRedirectUrl();
        }
        return user.isResident() ? "redirect:/report/new" : "redirect:/console";
    }

    private String clientId(String kind) {
        return "resident".equals(kind(kind)) ? properties.clients().resident() : properties.clients().staff();
    }

    private static String kind(String kind) {
        return "resident".equals(kind) ? "resident" : "staff";
    }
}
