package vn.gov.daklak.identity.teams;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A 5-digit code of one of the 102 communes and wards of Đắk Lắk (after 1 July 2025); null is allowed. */
@Documented
@Constraint(validatedBy = KnownCommuneValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface KnownCommune {
    String message() default "is not the code of a commune or ward of Đắk Lắk";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
