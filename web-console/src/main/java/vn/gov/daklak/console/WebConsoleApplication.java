package vn.gov.daklak.console;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The platform's web pages: the team console, the commune and province view, the operations overview and the
 * public pages (map, tracking, web filing). Renders on the server and calls the four services' APIs with the
 * signed-in person's access token, which never leaves the server (the browser holds only a session cookie).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WebConsoleApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebConsoleApplication.class, args);
    }
}
