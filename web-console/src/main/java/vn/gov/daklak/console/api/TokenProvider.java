package vn.gov.daklak.console.api;

import java.util.Optional;

/** The access token of the person whose request is being served, if they are signed in. */
public interface TokenProvider {

    Optional<String> currentAccessToken();
}
