package vn.gov.daklak.feedback.intake;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import vn.gov.daklak.reference.Categories;

/** A category or subcategory code of the province taxonomy (null is left to {@code @NotBlank}). */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownCategory.Validator.class)
@interface KnownCategory {
    String message() default "is not a category of the taxonomy (GET /api/v1/categories lists them)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownCategory, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || Categories.byCode(value).isPresent();
        }
    }
}
