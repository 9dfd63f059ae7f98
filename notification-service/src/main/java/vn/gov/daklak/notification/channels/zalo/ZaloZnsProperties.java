package vn.gov.daklak.notification.channels.zalo;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.gov.daklak.notification.channels.resilience.ResilienceSettings;

/**
 * {@code notification.providers.zalo-zns.*}: the Zalo Official Account's app, its tokens and the approved ZNS
 * templates, one per kind of notification.
 *
 * @param refreshToken    the first refresh token (from the OA's authorization); Zalo rotates it at every refresh, so
 *                        the current pair lives in MongoDB ({@code zalo_tokens}); changing this value re-seeds it
 * @param accessToken     optional first access token; refreshed when missing, near expiry or rejected
 * @param tokenErrors     ZNS {@code error} codes meaning "access token invalid": refresh once and send again
 * @param transientErrors ZNS {@code error} codes worth retrying (unknown error, out of quota, outside the allowed
 *                        hours, daily quota reached, rate limit); every other non-zero code is permanent for the
 *                        message (invalid phone, not a Zalo user, template rejected...) and the next channel is tried
 * @param templates       by template key ({@code "[report.received]"}): the ZNS template id and its parameters
 */
@ConfigurationProperties("notification.providers.zalo-zns")
public record ZaloZnsProperties(@DefaultValue("https://business.openapi.zalo.me/message/template") URI sendUrl,
                                @DefaultValue("https://oauth.zaloapp.com/v4/oa/access_token") URI tokenUrl,
                                String appId,
                                String secretKey,
                                String refreshToken,
                                String accessToken,
                                @DefaultValue("5m") Duration tokenRefreshMargin,
                                @DefaultValue("-124") Set<Integer> tokenErrors,
                                @DefaultValue({"-32", "-100", "-115", "-133", "-144"}) Set<Integer> transientErrors,
                                Map<String, ZnsTemplate> templates,
                                @DefaultValue ResilienceSettings resilience) {

    public ZaloZnsProperties {
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }

    /**
     * An approved ZNS template. ZNS templates are approved in Vietnamese; {@code templateIdEn} is the English one
     * if the OA has it. Without it, a resident who asked for English is not sent Vietnamese on Zalo: the next
     * channel (SMS, in English) is used.
     *
     * @param params ZNS parameter name → our template parameter ({@code ma_phan_anh: trackingCode})
     */
    public record ZnsTemplate(String templateId, String templateIdEn, Map<String, String> params) {
        public ZnsTemplate {
            params = params == null ? Map.of() : Map.copyOf(params);
        }
    }
}
