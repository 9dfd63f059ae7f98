package vn.gov.daklak.identity.teams;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class CommuneFitsTeamTypeValidator implements ConstraintValidator<CommuneFitsTeamType, CreateTeamRequest> {

    @Override
    public boolean isValid(CreateTeamRequest request, ConstraintValidatorContext context) {
        if (request == null || request.teamType() == null
                || TeamScope.of(request.teamType()).accepts(request.communeCode())) {
            return true;
        }
        // reported on the field, so that the problem details name it like any other bad field
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(TeamScope.communeCodeProblem(request.teamType()))
                .addPropertyNode("communeCode")
                .addConstraintViolation();
        return false;
    }
}
