package vn.gov.daklak.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Key rotation and the clean-up of expired codes, counters and authorizations (the stand-in has no TTL indexes). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
