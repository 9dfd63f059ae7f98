package vn.gov.daklak.console.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SseFramesTest {

    @Test
    void eachNamedEventIsReportedOnceWithItsIdAndCommentsAreSkipped() {
        List<String> events = new ArrayList<>();
        SseFrames frames = new SseFrames();
        for (String line : List.of(":heartbeat", "", "id:7", "event:queue", "data:{\"seq\":7}", "", "event:reset",
                "data:", "")) {
            frames.accept(line, (name, id) -> events.add(name + "#" + id));
        }
        assertThat(events).containsExactly("queue#7", "reset#null");
    }
}
