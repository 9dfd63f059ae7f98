package vn.gov.daklak.platform.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every call of the endpoint that reaches it, allowed or refused by the handler (a 403 from method security or from
 * the feature's own check included), is written to the audit log under {@link #value()}. Calls the security filter
 * chain refuses (no token, wrong kind of caller) never reach a handler and are not recorded.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {
    /** What was done, e.g. {@code staff.create} or {@code report.acknowledge}. */
    String value();

    /**
     * The name of the path variable that identifies what was acted on, e.g. {@code "id"} for
     * {@code /api/v1/reports/{id}/acknowledge}; its value becomes the entry's {@code target}. Empty (the default): the
     * target is the request path.
     */
    String target() default "";
}
