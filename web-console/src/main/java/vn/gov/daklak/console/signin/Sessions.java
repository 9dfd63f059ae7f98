package vn.gov.daklak.console.signin;

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
import org.springframework.stereotype.Component;

/**
 * Turns the tokens of a sign-in (phone code or VNeID) into a session: the person as the access token says, a new
 * session id (no fixation), the tokens kept server-side; then back to the page that asked for a sign-in.
 */
@Component
class Sessions {

    private final JwtDecoder tokens;
    private final SecurityContextRepository contexts;
    private final RequestCache requests = new HttpSessionRequestCache();

    Sessions(JwtDecoder tokens, SecurityContextRepository contexts) {
        this.tokens = tokens;
        this.contexts = contexts;
    }

    /** Starts the session; returns where to send the browser ({@code redirect:…}). */
    String start(SessionTokens session, HttpServletRequest request, HttpServletResponse response) {
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
}
