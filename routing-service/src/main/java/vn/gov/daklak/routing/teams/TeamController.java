package vn.gov.daklak.routing.teams;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The teams this service knows from the directory topic; lets tests and operators see what routing can use. */
@RestController
@RequestMapping("/api/v1/teams")
class TeamController {
    private final TeamDirectory directory;

    TeamController(TeamDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    List<Team> list(@RequestParam(required = false) String communeCode) {
        return directory.list(communeCode == null || communeCode.isBlank() ? null : communeCode.strip());
    }
}
