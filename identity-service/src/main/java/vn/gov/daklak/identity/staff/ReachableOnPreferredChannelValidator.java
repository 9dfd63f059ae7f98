package vn.gov.daklak.identity.staff;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class ReachableOnPreferredChannelValidator
        implements ConstraintValidator<ReachableOnPreferredChannel, StaffContactFields> {

    @Override
    public boolean isValid(StaffContactFields fields, ConstraintValidatorContext context) {
        if (fields == null || fields.preferredChannel() == null) {
            return true;
        }
        String missing = ContactRequirement.missingFor(fields.preferredChannel(), blankToNull(fields.phone()),
                blankToNull(fields.email()));
        if (missing == null) {
            return true;
        }
        // reported on the missing field, so that the problem details name it like any other bad field
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(ContactRequirement.problem(fields.preferredChannel()))
                .addPropertyNode(missing)
                .addConstraintViolation();
        return false;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
