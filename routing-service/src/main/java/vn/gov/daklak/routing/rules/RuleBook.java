package vn.gov.daklak.routing.rules;

import java.util.List;
import java.util.Optional;

/** The routing rules in force, changeable while the service runs; every instance sees a change within seconds. */
public interface RuleBook {

    /** The newest version. */
    RuleSet current();

    Optional<RuleSet> version(long version);

    /** Every version, newest first, without their rules. */
    List<RuleSet> history();

    /**
     * Stores {@code draft} as the next version.
     *
     * @throws InvalidRuleSetException if it has problems
     */
    RuleSet publish(RuleSetDraft draft, String createdBy);

    /** The rule set has problems; the message lists them. */
    class InvalidRuleSetException extends IllegalArgumentException {
        public InvalidRuleSetException(List<String> problems) {
            super("Invalid routing rules: " + String.join("; ", problems));
        }
    }
}
