package vn.gov.daklak.identity.residents;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Codes that verify a new e-mail address or Zalo id ({@code identity.contact-verification.*}). */
@ConfigurationProperties("identity.contact-verification")
record ContactVerificationProperties(@DefaultValue("30m") Duration codeTtl, @DefaultValue("5") int maxAttempts) {
}
