package vn.gov.daklak.identity.staff;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.gov.daklak.identity.teams.TeamCatalog;
import vn.gov.daklak.platform.outbox.OutboxMessages;

/** Use cases of the staff directory. Logs name accounts by id only: contact details never reach the logs. */
@Service
class StaffService {
    private static final Logger log = LoggerFactory.getLogger(StaffService.class);
    private static final int ATTEMPTS = 3;

    private final StaffRepository staff;
    private final TeamCatalog teams;
    private final OutboxMessages messages;
    private final Clock clock;

    StaffService(StaffRepository staff, TeamCatalog teams, OutboxMessages messages, Clock clock) {
        this.staff = staff;
        this.teams = teams;
        this.messages = messages;
        this.clock = clock;
    }

    StaffMember get(String staffId) {
        return staff.findById(staffId).orElseThrow(() -> new StaffNotFoundException(staffId));
    }

    /** @param staffId null to have one generated */
    StaffMember create(String staffId, StaffDetails details) {
        requireKnownTeams(details);
        String id = staffId != null ? staffId : "staff-" + UUID.randomUUID();
        StaffMember member = StaffMember.create(id, details, clock.instant(), messages);
        if (!staff.insert(member)) {
            throw new StaffAlreadyExistsException(id);
        }
        log.info("Staff member {} created with roles {} in teams {}", id, details.roleNames(), details.teamIds());
        return member;
    }

    StaffMember change(String staffId, StaffDetails details) {
        requireKnownTeams(details);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            StaffMember member = get(staffId);
            if (!member.change(details, clock.instant(), messages)) {
                return member;
            }
            if (staff.update(member)) {
                log.info("Staff member {} changed: roles {}, teams {}, active {}", staffId, details.roleNames(),
                        details.teamIds(), details.active());
                return member;
            }
        }
        throw new StaffChangedConcurrentlyException(staffId);
    }

    private void requireKnownTeams(StaffDetails details) {
        if (details.teamIds().isEmpty()) {
            return;
        }
        Set<String> unknown = teams.unknownTeamIds(details.teamIds());
        if (!unknown.isEmpty()) {
            throw new UnknownTeamsException(details.teamIds(),
                    details.teamIds().stream().filter(unknown::contains).toList());
        }
    }
}
