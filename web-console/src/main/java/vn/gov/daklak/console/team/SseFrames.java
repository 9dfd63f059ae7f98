package vn.gov.daklak.console.team;

import java.util.function.BiConsumer;

/** Reads Server-Sent Events line by line and reports each complete named event (name, id); comments are skipped. */
final class SseFrames {

    private String name;
    private String id;
    private boolean data;

    void accept(String line, BiConsumer<String, String> event) {
        if (line.isEmpty()) {
            if (data || name != null) {
                event.accept(name == null ? "message" : name, id);
            }
            name = null;
            id = null;
            data = false;
        } else if (line.startsWith("event:")) {
            name = line.substring(6).trim();
        } else if (line.startsWith("id:")) {
            id = line.substring(3).trim();
        } else if (line.startsWith("data:")) {
            data = true;
        }
    }
}
