package vn.gov.daklak.identity.staff;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The contact the preferred channel needs is given: a phone for SMS and Zalo, an e-mail address for EMAIL. */
@Documented
@Constraint(validatedBy = ReachableOnPreferredChannelValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ReachableOnPreferredChannel {
    String message() default "the preferred channel needs a contact that is missing";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
