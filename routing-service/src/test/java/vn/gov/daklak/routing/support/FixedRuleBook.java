package vn.gov.daklak.routing.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.routing.rules.RuleBook;
import vn.gov.daklak.routing.rules.RuleSet;
import vn.gov.daklak.routing.rules.RuleSetDraft;

/** A rule book holding one rule set; by default the bundled {@code routing/team-rules.json} as version 1. */
public final class FixedRuleBook implements RuleBook {
    private RuleSet current;

    public FixedRuleBook(RuleSet ruleSet) {
        this.current = ruleSet;
    }

    public static FixedRuleBook defaults() {
        return new FixedRuleBook(bundledDefaults());
    }

    public static RuleSet bundledDefaults() {
        try (InputStream in = FixedRuleBook.class.getClassLoader().getResourceAsStream("routing/team-rules.json")) {
            return JsonMapper.builder().build().readValue(in, RuleSetDraft.class)
                    .as(1, Instant.parse("2026-01-01T00:00:00Z"), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public RuleSet current() {
        return current;
    }

    @Override
    public Optional<RuleSet> version(long version) {
        return current.version() == version ? Optional.of(current) : Optional.empty();
    }

    @Override
    public List<RuleSet> history() {
        return List.of(current);
    }

    @Override
    public RuleSet publish(RuleSetDraft draft, String createdBy) {
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(problems);
        }
        current = draft.as(current.version() + 1, Instant.now(), createdBy);
        return current;
    }
}
