package vn.gov.daklak.identity.teams;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.gov.daklak.reference.Communes;

public class KnownCommuneValidator implements ConstraintValidator<KnownCommune, String> {

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        // exact match: byCode() forgives surrounding blanks, but the code is stored as sent
        return code == null || Communes.byCode(code).filter(c -> c.code().equals(code)).isPresent();
    }
}
