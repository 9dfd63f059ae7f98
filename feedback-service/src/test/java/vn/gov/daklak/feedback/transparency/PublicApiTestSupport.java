package vn.gov.daklak.feedback.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.feedback.FeedbackIntegrationTest;

/**
 * Helpers for the public API tests: keyless GETs, routing to a chosen commune (each test class keeps to its own
 * communes, so counts are not disturbed by other tests sharing the database), team actions, XML reading.
 */
public abstract class PublicApiTestSupport extends FeedbackIntegrationTest {

    /** A GET without any key, as anyone on the internet. */
    protected ResponseEntity<String> anonymous(String uri, Object... variables) {
        return http().get().uri(uri, variables).retrieve().toEntity(String.class);
    }

    protected JsonNode anonymousJson(String uri, Object... variables) {
        ResponseEntity<String> response = anonymous(uri, variables);
        assertThat(response.getStatusCode().value()).as(uri + " → " + response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    protected String submitIn(String communeCode, String category, double lat, double lon, String description) {
        return submit("""
                {"category":"%s","title":"Phản ánh thử","description":"%s","communeCode":"%s",
                 "location":{"lat":%s,"lon":%s},"reporter":{"name":"Người thử","phone":"0911111111"}}"""
                .formatted(category, description, communeCode, lat, lon));
    }

    /** Plays routing-service: the commune's community team has the report, to be resolved by {@code resolveBy}. */
    protected void routeTo(String id, String communeCode, String communeName, Instant resolveBy) {
        var routed = new ReportRouted(id, communeCode, communeName, "66-" + communeCode + "-CDS",
                teamName(communeName), "COMMUNITY_DIGITAL", "COMMUNE_CODE", "default-commune-team",
                "Theo mã xã " + communeCode, Priority.NORMAL, clock.instant().plusSeconds(3600), resolveBy,
                clock.instant());
        kafka.send(Topics.REPORT_EVENTS, id, EventCatalog.of(ReportRouted.class).type(),
                json.writeValueAsString(routed));
        awaitStatus(id, "ROUTED");
    }

    protected static String teamName(String communeName) {
        return "Tổ công nghệ số cộng đồng " + communeName;
    }

    protected void acknowledge(String id, String staffId) {
        assertThat(post("/api/v1/reports/" + id + "/acknowledge", staffFor(id, staffId), "{}").getStatusCode().value())
                .isEqualTo(200);
    }

    protected void resolve(String id, String staffId, String resolution) {
        uploadAfterPhoto(id);
        var resolved = post("/api/v1/reports/" + id + "/resolve", staffFor(id, staffId),
                json.writeValueAsString(java.util.Map.of("resolution", resolution)));
        assertThat(resolved.getStatusCode().value()).as(resolved.toString()).isEqualTo(200);
    }

    protected void rate(String id, int score) {
        assertThat(post("/api/v1/reports/" + id + "/citizen/rate", resident(), "{\"score\":" + score + "}")
                .getStatusCode().value()).isEqualTo(200);
    }

    protected static Document xml(String body) {
        assertThat(body).startsWith("<?xml version='1.0' encoding='UTF-8'?>");
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + body, e);
        }
    }

    protected static String xpath(Document document, String expression) {
        try {
            return XPathFactory.newInstance().newXPath().evaluate(expression, document);
        } catch (Exception e) {
            throw new AssertionError(expression, e);
        }
    }

    protected static int count(Document document, String expression) {
        try {
            return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, document,
                    XPathConstants.NODESET)).getLength();
        } catch (Exception e) {
            throw new AssertionError(expression, e);
        }
    }
}
