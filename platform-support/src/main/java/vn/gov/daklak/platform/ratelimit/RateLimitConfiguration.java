package vn.gov.daklak.platform.ratelimit;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Import it where a service limits rates: the {@link RateLimiter} shared by all of the service's instances. */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

    @Bean
    MongoRateLimiter rateLimiter(MongoTemplate mongo, Clock clock) {
        return new MongoRateLimiter(mongo, clock);
    }
}
