package vn.gov.daklak.console.team;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.gov.daklak.console.api.ServiceClients;

/**
 * Passes a team's queue stream from feedback-service on to the browser: the browser's stream is this application's
 * (its token stays on the server), feedback-service's is read with the person's token. Each {@code queue} or
 * {@code reset} event is forwarded by name with its id, which is all the page needs to reload its rows.
 */
@Component
class QueueStreamRelay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(QueueStreamRelay.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ExecutorService readers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "queue-stream-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final ServiceClients services;

    QueueStreamRelay(ServiceClients services) {
        this.services = services;
    }

    SseEmitter relay(String teamId, String accessToken) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        AtomicReference<Stream<String>> upstream = new AtomicReference<>();
        Runnable close = () -> {
            Stream<String> lines = upstream.get();
            if (lines != null) {
                lines.close();
            }
        };
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(e -> close.run());
        HttpRequest request = HttpRequest.newBuilder(URI.create(services.urls().feedback() + "/api/v1/teams/"
                        + teamId + "/queue/events"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + accessToken)
                .timeout(TIMEOUT).GET().build();
        readers.execute(() -> read(request, emitter, upstream));
        return emitter;
    }

    private void read(HttpRequest request, SseEmitter emitter, AtomicReference<Stream<String>> upstream) {
        try {
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            upstream.set(response.body());
            if (response.statusCode() != 200) {
                response.body().close();
                emitter.send(SseEmitter.event().name("refused").data(String.valueOf(response.statusCode())));
                emitter.complete();
                return;
            }
            emitter.send(SseEmitter.event().name("open").data("open"));
            SseFrames frames = new SseFrames();
            try (Stream<String> lines = response.body()) {
                lines.forEach(line -> frames.accept(line, (name, id) -> forward(emitter, name, id)));
            }
            emitter.complete();
        } catch (IOException | RuntimeException e) {
            log.debug("Queue stream relay ended: {}", e.toString());
            emitter.completeWithError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            emitter.complete();
        }
    }

    private static void forward(SseEmitter emitter, String name, String id) {
        try {
            SseEmitter.SseEventBuilder event = SseEmitter.event().name(name).data(id == null ? "" : id);
            if (id != null) {
                event.id(id);
            }
            emitter.send(event);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() {
        readers.shutdownNow();
    }
}
