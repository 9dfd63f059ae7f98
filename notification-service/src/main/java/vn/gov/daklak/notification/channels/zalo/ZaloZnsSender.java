package vn.gov.daklak.notification.channels.zalo;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.notification.channels.ChannelSender;
import vn.gov.daklak.notification.channels.DeliveryException;
import vn.gov.daklak.notification.channels.OutgoingMessage;
import vn.gov.daklak.notification.channels.SendReceipt;
import vn.gov.daklak.notification.channels.http.ProviderHttp;
import vn.gov.daklak.notification.channels.zalo.ZaloZnsProperties.ZnsTemplate;
import vn.gov.daklak.notification.recipients.PhoneNumbers;
import vn.gov.daklak.notification.templates.Languages;

/**
 * Sends a ZNS template message: {@code POST send-url} with header {@code access_token} and
 * {@code {phone: "84…", template_id, template_data, tracking_id}}, where {@code tracking_id} is our notification id
 * (stable across retries, so Zalo's delivery reports and support can match it). Zalo answers HTTP 200 with
 * {@code error: 0} and {@code data.msg_id} on success, a negative {@code error} code otherwise.
 */
final class ZaloZnsSender implements ChannelSender {
    static final String PROVIDER = "zalo-zns";
    private static final String JSON = "application/json";

    private final ZaloZnsProperties properties;
    private final ZaloAccessTokens tokens;
    private final ProviderHttp http;
    private final JsonMapper json;

    ZaloZnsSender(ZaloZnsProperties properties, ZaloAccessTokens tokens, ProviderHttp http, JsonMapper json) {
        this.properties = properties;
        this.tokens = tokens;
        this.http = http;
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.ZALO;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public SendReceipt send(OutgoingMessage message) {
        String body = json.writeValueAsString(request(message));
        String token = tokens.current();
        JsonNode answer = call(token, body);
        if (properties.tokenErrors().contains(errorOf(answer))) {
            answer = call(tokens.replaceRejected(token), body);
        }
        int error = errorOf(answer);
        if (error == 0) {
            String msgId = ZaloAccessTokens.text(answer.path("data"), "msg_id");
            return new SendReceipt(msgId == null ? message.notificationId() : msgId);
        }
        String detail = PROVIDER + ": ZNS error " + error + " " + answer.path("message").asString("");
        if (properties.tokenErrors().contains(error) || properties.transientErrors().contains(error)) {
            throw DeliveryException.transientFailure(detail.strip());
        }
        throw DeliveryException.permanentFailure(detail.strip());
    }

    private Map<String, Object> request(OutgoingMessage message) {
        ZnsTemplate template = properties.templates().get(message.templateKey());
        if (template == null) {
            throw DeliveryException.permanentFailure(PROVIDER + ": no ZNS template for " + message.templateKey());
        }
        boolean english = Languages.localeOf(message.language()).getLanguage().equals("en");
        String templateId = english ? template.templateIdEn() : template.templateId();
        if (templateId == null || templateId.isBlank()) {
            throw DeliveryException.permanentFailure(PROVIDER + ": no " + (english ? "English " : "")
                    + "ZNS template for " + message.templateKey());
        }
        String phone = PhoneNumbers.international(message.address()).orElseThrow(() ->
                DeliveryException.permanentFailure(PROVIDER + ": not a Vietnamese mobile number"));
        Map<String, String> data = new LinkedHashMap<>();
        template.params().forEach((znsName, ours) -> {
            String value = message.parameters().get(ours);
            if (value == null) {
                throw DeliveryException.permanentFailure(PROVIDER + ": ZNS template for " + message.templateKey()
                        + " needs parameter '" + ours + "'");
            }
            data.put(znsName, value);
        });
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("phone", phone);
        request.put("template_id", templateId);
        request.put("template_data", data);
        request.put("tracking_id", message.notificationId());
        return request;
    }

    private JsonNode call(String token, String body) {
        HttpResponse<String> response = http.post(properties.sendUrl(), Map.of("access_token", token), JSON, body);
        if (response.statusCode() != 200) {
            throw http.failure(response, Set.of(400));
        }
        try {
            JsonNode answer = json.readTree(response.body());
            if (answer == null || !answer.has("error")) {
                throw DeliveryException.transientFailure(PROVIDER + ": answer without error code"
                        + ProviderHttp.excerpt(response.body()));
            }
            return answer;
        } catch (JacksonException e) {
            throw DeliveryException.transientFailure(PROVIDER + ": unreadable answer"
                    + ProviderHttp.excerpt(response.body()));
        }
    }

    private static int errorOf(JsonNode answer) {
        return answer.path("error").asInt(-1);
    }
}
