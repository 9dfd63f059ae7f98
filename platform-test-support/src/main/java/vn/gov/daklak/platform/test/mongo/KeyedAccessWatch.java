package vn.gov.daklak.platform.test.mongo;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.bson.BsonDocument;

/**
 * Commands that read without a key while this watch was open and no exemption covered them. {@link #close()} fails
 * with all of them, each with its command and the application frame that sent it.
 */
public final class KeyedAccessWatch implements AutoCloseable {

    private static final String APPLICATION_PACKAGE = "vn.gov.daklak.";
    private static final int SHOWN = 600;

    private final List<KeyedAccessExemption> exemptions;
    private final Consumer<KeyedAccessWatch> onClose;
    private final List<String> violations = new CopyOnWriteArrayList<>();

    KeyedAccessWatch(List<KeyedAccessExemption> exemptions, Consumer<KeyedAccessWatch> onClose) {
        this.exemptions = List.copyOf(exemptions);
        this.onClose = onClose;
    }

    /** What was recorded so far (one line per command). */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    void unkeyed(FilteredCommand filtered, BsonDocument body) {
        boolean exempt = StackWalker.getInstance().walk(frames -> frames.anyMatch(
                frame -> exemptions.stream().anyMatch(exemption -> exemption.covers(frame))));
        if (!exempt) {
            violations.add(filtered.command() + " on " + filtered.namespace() + " without a key, filter "
                    + filtered.filter().toJson() + ", from " + caller().orElse("?") + "; command " + shorten(body));
        }
    }

    void failed(String command, RuntimeException e) {
        violations.add("could not inspect " + command + ": " + e);
    }

    /** Stops recording; fails if anything read without a key. */
    @Override
    public void close() {
        onClose.accept(this);
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " MongoDB command(s) on a report's path read without a key "
                    + "(an equality or $in on _id, or on every field of a unique index; see docs/ARCHITECTURE.md, "
                    + "\"Data access by key\"):\n  " + violations.stream().distinct().collect(Collectors.joining("\n  ")));
        }
    }

    private static Optional<String> caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> frame.getClassName().startsWith(APPLICATION_PACKAGE))
                .filter(frame -> !frame.getClassName().startsWith(KeyedAccessWatch.class.getPackageName()))
                .filter(frame -> !frame.getClassName().contains("$$"))
                .findFirst()
                .map(frame -> frame.getClassName() + "#" + frame.getMethodName() + ":" + frame.getLineNumber()));
    }

    private static String shorten(BsonDocument body) {
        BsonDocument shown = new BsonDocument();
        body.forEach((field, value) -> {
            if (!field.equals("lsid") && !field.equals("$clusterTime")) {
                shown.append(field, value);
            }
        });
        String json = shown.toJson();
        return json.length() <= SHOWN ? json : json.substring(0, SHOWN) + "…";
    }
}
