package vn.gov.daklak.identity.security;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Component;

import vn.gov.daklak.identity.clients.ClientSettingNames;
import vn.gov.daklak.platform.security.AssuranceLevel;
import vn.gov.daklak.identity.principal.PlatformAuthentication;
import vn.gov.daklak.platform.security.SubjectType;
import vn.gov.daklak.identity.residents.ResidentAccounts;
import vn.gov.daklak.identity.residents.ResidentProfile;
import vn.gov.daklak.identity.staff.StaffAccount;
import vn.gov.daklak.identity.staff.StaffDirectory;
import vn.gov.daklak.identity.teams.TeamCommunes;

/**
 * What a token says about its subject, read fresh each time one is made: a deactivated staff member or a deleted
 * resident gets no new token (the refresh fails with {@code invalid_grant}), a changed role shows at the next refresh.
 */
@Component
class Subjects {
    private final ResidentAccounts residents;
    private final StaffDirectory staff;
    private final TeamCommunes communes;

    Subjects(ResidentAccounts residents, StaffDirectory staff, TeamCommunes communes) {
        this.residents = residents;
        this.staff = staff;
        this.communes = communes;
    }

    Subject describe(Authentication principal, RegisteredClient client) {
        if (principal instanceof PlatformAuthentication person) {
            return switch (person.subjectType()) {
                case RESIDENT -> resident(person);
                case STAFF -> staffMember(person);
                case CLIENT -> throw new IllegalStateException("A person cannot be a client");
            };
        }
        if (principal instanceof OAuth2ClientAuthenticationToken) {
            return new Subject(client.getClientId(), SubjectType.CLIENT, ClientSettingNames.roles(client), List.of(),
                    List.of(), null, null, null);
        }
        throw new IllegalStateException("Unexpected principal " + principal.getClass().getName());
    }

    private Subject resident(PlatformAuthentication person) {
        ResidentProfile profile = residents.activeProfile(person.subject())
                .orElseThrow(() -> invalidGrant("The resident account no longer exists"));
        return new Subject(person.subject(), SubjectType.RESIDENT, List.of("RESIDENT"), List.of(), List.of(),
                person.assurance(), profile.phone(), profile.displayName());
    }

    private Subject staffMember(PlatformAuthentication person) {
        StaffAccount account = staff.find(person.subject()).filter(StaffAccount::active)
                .orElseThrow(() -> invalidGrant("The staff account is not active"));
        return new Subject(person.subject(), SubjectType.STAFF, account.roles(), account.teamIds(),
                communes.communeCodesOf(account.teamIds()), person.assurance(), account.phone(), null);
    }

    private static OAuth2AuthenticationException invalidGrant(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, description, null));
    }

    record Subject(String id, SubjectType type, List<String> roles, List<String> teamIds, List<String> communeCodes,
                   AssuranceLevel assurance, String phone, String name) {

        @Override
        public String toString() {
            return "Subject[" + type + " " + id + "]";
        }
    }
}
