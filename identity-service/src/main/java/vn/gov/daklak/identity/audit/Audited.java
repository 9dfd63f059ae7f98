package vn.gov.daklak.identity.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Every call of the endpoint, allowed or not, is written to the audit log under {@link #value()}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {
    /** What was done, e.g. {@code staff.create}. */
    String value();
}
