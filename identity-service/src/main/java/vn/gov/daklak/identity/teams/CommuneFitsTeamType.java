package vn.gov.daklak.identity.teams;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** Commune-level team types need a communeCode, province-level ones must have none (see {@link TeamScope}). */
@Documented
@Constraint(validatedBy = CommuneFitsTeamTypeValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface CommuneFitsTeamType {
    String message() default "communeCode does not fit teamType";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
