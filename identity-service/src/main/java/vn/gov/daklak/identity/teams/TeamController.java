package vn.gov.daklak.identity.teams;

import java.net.URI;
import java.util.List;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.identity.admin.AdminOnly;
import vn.gov.daklak.platform.audit.Audited;

/** The team directory over HTTP. Reading is public; changes are for province administrators. */
@RestController
@RequestMapping("/api/v1/teams")
class TeamController {
    private final TeamService service;

    TeamController(TeamService service) {
        this.service = service;
    }

    /** {@code ?communeCode=&type=} (empty values, as forms send them) means "no filter", not "bad commune". */
    @InitBinder
    void emptyParametersAreAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    List<TeamView> list(@RequestParam(required = false) @KnownCommune String communeCode,
                        @RequestParam(required = false) TeamType type) {
        return service.find(new TeamQuery(communeCode, type)).stream().map(TeamView::of).toList();
    }

    @GetMapping("/{teamId}")
    TeamView get(@PathVariable String teamId) {
        return TeamView.of(service.get(teamId));
    }

    @AdminOnly
    @Audited("team.create")
    @PostMapping
    ResponseEntity<TeamView> create(@Valid @RequestBody CreateTeamRequest request) {
        Team team = service.create(request.toNewTeam());
        return ResponseEntity.created(URI.create("/api/v1/teams/" + team.teamId())).body(TeamView.of(team));
    }

    @AdminOnly
    @Audited("team.update")
    @PutMapping("/{teamId}")
    TeamView update(@PathVariable String teamId, @Valid @RequestBody UpdateTeamRequest request) {
        return TeamView.of(service.change(teamId, request.name(), request.active()));
    }
}
