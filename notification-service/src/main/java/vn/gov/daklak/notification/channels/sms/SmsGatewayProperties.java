package vn.gov.daklak.notification.channels.sms;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.gov.daklak.notification.channels.resilience.ResilienceSettings;

/**
 * {@code notification.providers.sms-gateway.*}: the profile of an HTTP SMS gateway (brandname SMS). The request is
 * a JSON object {@code {<to>: "84…", <from>: sender name, <text>: …, <reference>: notification id, <unicode>: bool}}
 * with the field names of {@code fields}; the notification id also goes in an {@code Idempotency-Key} header, so a
 * gateway that deduplicates by either drops a message we send again after a timeout.
 *
 * @param senderName       the registered brandname
 * @param asciiFold        send Vietnamese without diacritics (many brandname contracts price or allow only GSM-7)
 * @param maxParts         longest concatenated message allowed; longer texts are shortened with "..."
 * @param permanentStatuses HTTP statuses meaning "never deliverable" (e.g. invalid number)
 * @param resultCodeField  optional JSON pointer to a result code in a 2xx answer ({@code /CodeResult})
 * @param successCodes     result codes meaning accepted; others are failures
 * @param permanentCodes   result codes meaning never deliverable; other failures are transient
 * @param messageIdField   JSON pointer to the gateway's message id in the answer
 */
@ConfigurationProperties("notification.providers.sms-gateway")
public record SmsGatewayProperties(URI url,
                                   @DefaultValue Auth auth,
                                   String senderName,
                                   @DefaultValue("true") boolean asciiFold,
                                   @DefaultValue Limits limits,
                                   @DefaultValue("3") int maxParts,
                                   @DefaultValue Fields fields,
                                   @DefaultValue({"400", "422"}) Set<Integer> permanentStatuses,
                                   String resultCodeField,
                                   @DefaultValue List<String> successCodes,
                                   @DefaultValue List<String> permanentCodes,
                                   @DefaultValue("/messageId") String messageIdField,
                                   @DefaultValue ResilienceSettings resilience) {

    public enum AuthScheme { NONE, BEARER, BASIC, API_KEY }

    /** {@code api-key} puts {@code token} in the header {@code header}. */
    public record Auth(@DefaultValue("NONE") AuthScheme scheme, String token, String username, String password,
                       @DefaultValue("X-API-Key") String header) {
    }

    /** Characters per message: single, and per part of a concatenated one (the rest is the UDH). */
    public record Limits(@DefaultValue("160") int gsm7Single, @DefaultValue("153") int gsm7Part,
                         @DefaultValue("70") int ucs2Single, @DefaultValue("67") int ucs2Part) {
    }

    /** JSON field names of the request. */
    public record Fields(@DefaultValue("to") String to, @DefaultValue("from") String from,
                         @DefaultValue("text") String text, @DefaultValue("reference") String reference,
                         @DefaultValue("unicode") String unicode) {
    }
}
