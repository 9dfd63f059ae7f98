package vn.gov.daklak.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command-line options: {@code --name value} or {@code --name=value}; see {@link #USAGE}. */
final class Options {
    static final String USAGE = """
            java -jar benchmark/target/benchmark-0.1.0-SNAPSHOT-exec.jar [options]   (against ./run-local.sh)
              --rates 20,50,100,250,500     offered POST /api/v1/reports per second, one phase each
              --duration 20s                length of each phase
              --stored 0                    reports already stored before each series of phases, e.g. 0,10000,100000
                                            (the store is topped up by cloning, see benchmark/README.md)
              --residents 40                residents signed in (phones --phone-base + 1 .. + N)
              --phone-base 0360000000       first resident is 0360000001
              --warmup 10s                  unmeasured load at the lowest rate before the first series (0s: none)
              --drain-idle 30s              after a phase, stop waiting when no routed notification came for this long
              --drain-max 10m               ... and after this long in any case
              --timeout 30s                 HTTP request timeout
              --backlog 0                   after the phases: this many ordinary reports at --backlog-rate, then,
                                            while they are worked off, --probes sign-in codes and urgent reports
              --backlog-rate 200  --probes 5  --probe-interval 3s
              --raw-records 200000          raw Kafka producer records (1 KB, acks=all) to --raw-topic; 0: skip
              --raw-size 1024  --raw-topic benchmark.raw
              --seeds 20                    reports filed through the API as templates of the clones
              --seed-phone 0399999999       reporter phone of the seed reports (and so of every clone)
              --load-batch 1000             reports per insertMany round when cloning
              --load-threads 3              collections inserted into at the same time
              --load-only                   only top the store up to the highest --stored count, measure nothing
              --databases feedback-service,routing-service,notification-service   databases the cloner copies
              --pending-fields outbox,queueNotices   arrays holding work not yet done: documents with any are not cloned
              --feedback-url http://localhost:8081   --identity-url http://localhost:8084
              --notification-url http://localhost:8083   --routing-url http://localhost:8082
              --kafka localhost:9092        --mongo mongodb://localhost:27017
              --token-cache .local-data/benchmark/tokens.json   residents' refresh tokens kept between runs
            """;

    final List<Double> rates;
    final Duration duration;
    final List<Long> stored;
    final int residents;
    final long phoneBase;
    final Duration warmup;
    final Duration drainIdle;
    final Duration drainMax;
    final Duration timeout;
    final int backlog;
    final double backlogRate;
    final int probes;
    final Duration probeInterval;
    final int rawRecords;
    final int rawSize;
    final String rawTopic;
    final int seeds;
    final String seedPhone;
    final int loadBatch;
    final int loadThreads;
    final boolean loadOnly;
    final List<String> databases;
    final List<String> pendingFields;
    final String feedbackUrl;
    final String identityUrl;
    final String notificationUrl;
    final String routingUrl;
    final String kafka;
    final String mongo;
    final Path tokenCache;

    private Options(Map<String, String> m) {
        rates = doubles(m.getOrDefault("rates", "20,50,100,250,500"));
        duration = duration(m.getOrDefault("duration", "20s"));
        stored = longs(m.getOrDefault("stored", "0"));
        residents = Integer.parseInt(m.getOrDefault("residents", "40"));
        phoneBase = Long.parseLong(m.getOrDefault("phone-base", "0360000000"));
        warmup = duration(m.getOrDefault("warmup", "10s"));
        drainIdle = duration(m.getOrDefault("drain-idle", "30s"));
        drainMax = duration(m.getOrDefault("drain-max", "10m"));
        timeout = duration(m.getOrDefault("timeout", "30s"));
        backlog = (int) (long) longs(m.getOrDefault("backlog", "0")).get(0);
        backlogRate = Double.parseDouble(m.getOrDefault("backlog-rate", "200"));
        probes = Integer.parseInt(m.getOrDefault("probes", "5"));
        probeInterval = duration(m.getOrDefault("probe-interval", "3s"));
        rawRecords = Integer.parseInt(m.getOrDefault("raw-records", "200000"));
        rawSize = Integer.parseInt(m.getOrDefault("raw-size", "1024"));
        rawTopic = m.getOrDefault("raw-topic", "benchmark.raw");
        seeds = Integer.parseInt(m.getOrDefault("seeds", "20"));
        seedPhone = m.getOrDefault("seed-phone", "0399999999");
        loadBatch = Integer.parseInt(m.getOrDefault("load-batch", "1000"));
        loadThreads = Integer.parseInt(m.getOrDefault("load-threads", "3"));
        loadOnly = Boolean.parseBoolean(m.getOrDefault("load-only", "false"));
        databases = strings(m.getOrDefault("databases", "feedback-service,routing-service,notification-service"));
        pendingFields = strings(m.getOrDefault("pending-fields", "outbox,queueNotices"));
        feedbackUrl = m.getOrDefault("feedback-url", "http://localhost:8081");
        identityUrl = m.getOrDefault("identity-url", "http://localhost:8084");
        notificationUrl = m.getOrDefault("notification-url", "http://localhost:8083");
        routingUrl = m.getOrDefault("routing-url", "http://localhost:8082");
        kafka = m.getOrDefault("kafka", "localhost:9092");
        mongo = m.getOrDefault("mongo", "mongodb://localhost:27017");
        tokenCache = Path.of(m.getOrDefault("token-cache", ".local-data/benchmark/tokens.json"));
        if (rates.isEmpty() || residents < 1 || seeds < 2) {
            throw new IllegalArgumentException("need at least one rate, one resident and two seeds");
        }
    }

    String routingUrl() {
        return routingUrl;
    }

    static Options parse(String... args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
            String name = a.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (name.equals("load-only") || name.equals("help")) {
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            m.put(name, value);
        }
        if (m.containsKey("help")) {
            throw new IllegalArgumentException("usage");
        }
        return new Options(m);
    }

    /** "20s", "500ms", "10m", "1h", or a plain number of seconds. */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase();
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        char unit = t.charAt(t.length() - 1);
        if (Character.isDigit(unit)) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
        }
        double n = Double.parseDouble(t.substring(0, t.length() - 1));
        return switch (unit) {
            case 's' -> Duration.ofMillis(Math.round(n * 1000));
            case 'm' -> Duration.ofMillis(Math.round(n * 60_000));
            case 'h' -> Duration.ofMillis(Math.round(n * 3_600_000));
            default -> throw new IllegalArgumentException("not a duration: " + text);
        };
    }

    /** "0,10000,100k,1m" → 0, 10000, 100000, 1000000. */
    static List<Long> longs(String text) {
        List<Long> out = new ArrayList<>();
        for (String s : strings(text)) {
            String t = s.toLowerCase();
            long factor = t.endsWith("k") ? 1_000 : t.endsWith("m") ? 1_000_000 : 1;
            out.add(Math.round(Double.parseDouble(factor == 1 ? t : t.substring(0, t.length() - 1)) * factor));
        }
        return out;
    }

    static List<Double> doubles(String text) {
        return strings(text).stream().map(Double::valueOf).toList();
    }

    static List<String> strings(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
