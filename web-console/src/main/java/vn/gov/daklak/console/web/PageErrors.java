package vn.gov.daklak.console.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.client.ResourceAccessException;

import vn.gov.daklak.console.api.ApiProblem;

/**
 * A refusal or error from a service, shown as a page that says in words what happened (with the service's own
 * explanation), with the service's status; and the page for a refused request (wrong role, missing CSRF token).
 */
@Controller
@ControllerAdvice
class PageErrors {

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, HttpServletResponse response, Model model) {
        response.setStatus(problem.status());
        model.addAttribute("problem", problem);
        return "error/problem";
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unreachable(ResourceAccessException e, HttpServletResponse response, Model model) {
        response.setStatus(503);
        model.addAttribute("problem", new ApiProblem(503, null, null, java.util.List.of()));
        return "error/problem";
    }

    @RequestMapping("/denied")
    String denied(HttpServletResponse response) {
        response.setStatus(403);
        return "error/denied";
    }
}
