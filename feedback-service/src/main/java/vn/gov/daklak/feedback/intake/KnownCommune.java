package vn.gov.daklak.feedback.intake;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import vn.gov.daklak.reference.Communes;

/** The official code of one of Đắk Lắk's 102 communes and wards (null allowed). */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownCommune.Validator.class)
@interface KnownCommune {
    String message() default "is not the code of a commune or ward of Đắk Lắk";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownCommune, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Communes.byCode(value).isPresent();
        }
    }
}
