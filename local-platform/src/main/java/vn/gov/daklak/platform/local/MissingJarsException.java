package vn.gov.daklak.platform.local;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** One or more runnable service jars are not built yet. */
public class MissingJarsException extends ServiceStartException {

    private final List<Path> missing;

    public MissingJarsException(List<Path> missing) {
        super("Service jar(s) not built yet:\n" + missing.stream().map(p -> "  " + p).collect(Collectors.joining("\n"))
                + "\nBuild them from the repository root with:  mvn -DskipTests install");
        this.missing = List.copyOf(missing);
    }

    public List<Path> missing() {
        return missing;
    }
}
