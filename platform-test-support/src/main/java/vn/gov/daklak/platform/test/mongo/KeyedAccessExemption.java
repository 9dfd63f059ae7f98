package vn.gov.daklak.platform.test.mongo;

import java.util.Objects;

/**
 * Code that may read without a key while a report flows, and why: a scheduled sweep, the outbox recovery poll, a
 * listing endpoint with a bounded page. It names one class, or one method of it ({@code "a.b.Class#method"}); a
 * command is exempt when that frame is on the stack of the thread that sends it.
 */
public record KeyedAccessExemption(String className, String methodName, String reason) {

    public KeyedAccessExemption {
        Objects.requireNonNull(className, "className");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An exemption needs its reason: " + className);
        }
    }

    /** {@code caller} is {@code "fully.qualified.Class"} or {@code "fully.qualified.Class#method"}. */
    public static KeyedAccessExemption of(String caller, String reason) {
        int hash = caller.indexOf('#');
        return hash < 0 ? new KeyedAccessExemption(caller, null, reason)
                : new KeyedAccessExemption(caller.substring(0, hash), caller.substring(hash + 1), reason);
    }

    boolean covers(StackWalker.StackFrame frame) {
        return frame.getClassName().equals(className)
                && (methodName == null || frame.getMethodName().equals(methodName));
    }

    @Override
    public String toString() {
        return className + (methodName == null ? "" : "#" + methodName) + " (" + reason + ")";
    }
}
