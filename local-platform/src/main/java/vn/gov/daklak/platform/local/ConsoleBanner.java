package vn.gov.daklak.platform.local;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** The launcher's deliberate console output, always UTF-8 (Vietnamese text), whatever the platform charset. */
final class ConsoleBanner {

    static final String OPEN311_DEMO_KEY = "daklak-demo-key";
    private static final String LINE = "=".repeat(100);

    private final PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    void ready(LocalPlatformSettings settings, PlatformServices services, Duration startTime) {
        out.println();
        out.println(LINE);
        out.printf(" Đắk Lắk citizen feedback platform is running locally (started in %.1f s)%n",
                startTime.toMillis() / 1000.0);
        out.println(LINE);
        for (PlatformService service : services.services()) {
            String url = services.baseUrl(service);
            if (service.hasApi()) {
                out.printf("  %-22s %-24s Swagger UI %s/swagger-ui.html%n", service.moduleName(), url, url);
            } else {
                out.printf("  %-22s %-24s web pages: open it in a browser%n", service.moduleName(), url);
            }
        }
        out.printf("  %-22s localhost:%d (KRaft broker+controller, controller port %d)%n", "Kafka",
                settings.kafkaPort(), settings.kafkaControllerPort());
        out.printf("  %-22s mongodb://localhost:%d (mongo-java-server stand-in, H2 file)%n", "MongoDB",
                settings.mongoPort());
        out.printf("  %-22s %s  (delete it to start from scratch)%n", "Data", settings.dataDir());
        out.printf("  %-22s %s%n", "Logs", settings.logDir().resolve("<service>.log"));
        out.printf("  %-22s %s  (api_key of POST /open311/v2/requests)%n", "Open311 demo key", OPEN311_DEMO_KEY);
        out.printf("  %-22s %s  (staff demo.admin, PROVINCE_ADMIN)%n", "Demo administrator", "phone 0900000001");
        out.println();
        String feedback = services.baseUrl(PlatformService.FEEDBACK);
        String signIn = signInCommand(services);
        out.println(" Sign in as a resident (the one-time code is read from the local SMS sink, as a phone would):");
        out.println("  TOKEN=$(" + signIn + " 0912345678)");
        out.println(" file a report:");
        out.println("  curl -s -X POST " + feedback + "/api/v1/reports -H 'Content-Type: application/json'"
                + " -H \"Authorization: Bearer $TOKEN\" -d '" + DemoReport.JSON + "'");
        out.println(" then follow it with the id from the answer:");
        out.println("  curl -s " + feedback + "/api/v1/reports/<id> -H \"Authorization: Bearer $TOKEN\"");
        out.println(" and see what the resident was told, as the province administrator:");
        out.println("  ADMIN=$(" + signIn + " 0900000001 staff)");
        out.println("  curl -s '" + services.baseUrl(PlatformService.NOTIFICATION)
                + "/api/v1/notifications?reportId=<id>' -H \"Authorization: Bearer $ADMIN\"");
        out.println();
        if (services.services().contains(PlatformService.WEB_CONSOLE)) {
            String web = services.baseUrl(PlatformService.WEB_CONSOLE);
            out.println(" In a browser: " + web + "  (public map, tracking, filing; staff: " + web + "/sign-in)");
            out.println("  sign in as the demo administrator with phone 0900000001; the one-time code is the last SMS at");
            out.println("  " + services.baseUrl(PlatformService.NOTIFICATION)
                    + "/api/v1/local-sinks?channel=SMS&address=%2B84900000001");
            out.println();
        }
        out.println(" Ctrl-C stops the services, then Kafka, then MongoDB.");
        out.println(LINE);
    }

    /** {@code ./sign-in.sh}, pointed at the ports actually used when they are not the defaults. */
    private static String signInCommand(PlatformServices services) {
        String identity = services.baseUrl(PlatformService.IDENTITY);
        String notification = services.baseUrl(PlatformService.NOTIFICATION);
        boolean defaults = identity.endsWith(":" + PlatformService.IDENTITY.defaultPort())
                && notification.endsWith(":" + PlatformService.NOTIFICATION.defaultPort());
        return defaults ? "./sign-in.sh"
                : "IDENTITY_URL=" + identity + " NOTIFICATION_URL=" + notification + " ./sign-in.sh";
    }

    void missingJars(MissingJarsException e) {
        error(e.getMessage() + "\n(or run ./run-local.sh --build)");
    }

    void portsInUse(Map<String, Integer> taken) {
        StringBuilder message = new StringBuilder("These ports are already in use:\n");
        taken.forEach((what, port) -> message.append("  ").append(port).append("  ").append(what).append('\n'));
        message.append("Is the platform already running? Otherwise choose other ports, e.g. KAFKA_PORT=19092 or ")
                .append("-Dplatform.port.feedback=18081 (see local-platform/README.md).");
        error(message.toString());
    }

    void error(String message) {
        out.println();
        out.println("*** Local platform did not start ***");
        out.println(message);
    }

    void stopping() {
        out.println("Stopping the local platform...");
    }
}
