package vn.gov.daklak.notification.channels.sms;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.notification.channels.ChannelSender;
import vn.gov.daklak.notification.channels.DeliveryException;
import vn.gov.daklak.notification.channels.OutgoingMessage;
import vn.gov.daklak.notification.channels.SendReceipt;
import vn.gov.daklak.notification.channels.http.ProviderHttp;
import vn.gov.daklak.notification.recipients.PhoneNumbers;

/** Sends the rendered text through an HTTP SMS gateway described by {@link SmsGatewayProperties}. */
final class SmsGatewaySender implements ChannelSender {
    static final String PROVIDER = "sms-gateway";

    private final SmsGatewayProperties profile;
    private final ProviderHttp http;
    private final JsonMapper json;

    SmsGatewaySender(SmsGatewayProperties profile, ProviderHttp http, JsonMapper json) {
        this.profile = profile;
        this.http = http;
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public SendReceipt send(OutgoingMessage message) {
        String phone = PhoneNumbers.international(message.address()).orElseThrow(() ->
                DeliveryException.permanentFailure(PROVIDER + ": not a Vietnamese mobile number"));
        SmsText text = SmsText.prepare(message.text(), profile.asciiFold(), profile.limits(), profile.maxParts());
        SmsGatewayProperties.Fields fields = profile.fields();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put(fields.to(), phone);
        if (profile.senderName() != null) {
            request.put(fields.from(), profile.senderName());
        }
        request.put(fields.text(), text.text());
        request.put(fields.reference(), message.notificationId());
        request.put(fields.unicode(), text.unicode());

        HttpResponse<String> response = http.post(profile.url(), headers(message), "application/json",
                json.writeValueAsString(request));
        if (response.statusCode() / 100 != 2) {
            throw http.failure(response, profile.permanentStatuses());
        }
        JsonNode answer = read(response.body());
        checkResultCode(answer, response.body());
        String id = answer.at(profile.messageIdField()).asString(null);
        return new SendReceipt(id == null || id.isBlank() ? message.notificationId() : id);
    }

    private Map<String, String> headers(OutgoingMessage message) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Idempotency-Key", message.notificationId());
        SmsGatewayProperties.Auth auth = profile.auth();
        switch (auth.scheme()) {
            case BEARER -> headers.put("Authorization", "Bearer " + auth.token());
            case BASIC -> headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (auth.username() + ":" + auth.password()).getBytes(UTF_8)));
            case API_KEY -> headers.put(auth.header(), auth.token());
            case NONE -> {
            }
        }
        return headers;
    }

    private void checkResultCode(JsonNode answer, String body) {
        if (profile.resultCodeField() == null || profile.resultCodeField().isBlank()) {
            return;
        }
        String code = answer.at(profile.resultCodeField()).asString(null);
        if (code != null && profile.successCodes().contains(code)) {
            return;
        }
        String detail = PROVIDER + ": result code " + code + ProviderHttp.excerpt(body);
        if (code != null && profile.permanentCodes().contains(code)) {
            throw DeliveryException.permanentFailure(detail);
        }
        throw DeliveryException.transientFailure(detail);
    }

    private JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw DeliveryException.transientFailure(PROVIDER + ": unreadable answer" + ProviderHttp.excerpt(body));
        }
    }
}
