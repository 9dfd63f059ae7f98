package vn.gov.daklak.notification.templates;

import java.util.Map;

/**
 * A template filled in. The parameters are kept beside the text because template-based providers (Zalo ZNS) send
 * the key and parameters, not the text.
 */
public record RenderedMessage(String templateKey, Map<String, String> parameters, String text) {
}
