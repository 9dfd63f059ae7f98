package vn.gov.daklak.platform.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The end of a log file, for error messages. */
final class LogTail {

    private LogTail() {
    }

    static String of(Path logFile, int lines) {
        try {
            String[] all = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).split("\\R");
            String tail = String.join("\n", Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
            return "--- last lines of " + logFile + " ---\n" + tail;
        } catch (IOException e) {
            return "(log " + logFile + " unreadable: " + e.getMessage() + ")";
        }
    }
}
