package vn.gov.daklak.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.gov.daklak.contracts.report.ReportSubmitted;

/**
 * Names and phones are masked in logs, or rather never logged: a report filed with the reporter's name and phone,
 * routed, worked by the team and confirmed by the resident leaves no log line with the name or the number in any of
 * its forms (0…, 84…, +84…).
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLoggingTest extends FeedbackIntegrationTest {

    @Test
    void noLogLineCarriesTheReportersNameOrPhone(CapturedOutput output) {
        String national = "9" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String phone = "0" + national;
        String name = "Phạm Thị Ngọc Diệp";
        String report = """
                {"category":"VE_SINH_MOI_TRUONG","title":"Cống bị tắc","description":"Nước tràn ra đường",
                 "location":{"lat":12.6675,"lon":108.0378},"addressText":"Đường Hùng Vương, Buôn Ma Thuột",
                 "reporter":{"name":"%s","phone":"%s","preferredChannel":"SMS"}}""".formatted(name, phone);
        // a refused filing with the same contact (no title) must not log it either
        assertThat(post("/api/v1/reports", resident(), report.replace("\"Cống bị tắc\"", "\"\""))
                .getStatusCode().value()).isEqualTo(400);
        assertThat(post("/api/v1/reports", resident(), report.replace(phone, "+84" + national)
                .replace("\"Cống bị tắc\"", "\"\"")).getStatusCode().value()).isEqualTo(400);

        String id = route(submit(report), TEAM, clock.instant().plusSeconds(86_400));
        assertThat(awaitEvents(id, ReportSubmitted.class, 1)).hasSize(1);
        String staff = staffFor(id, "staff-log");
        assertThat(post("/api/v1/reports/" + id + "/acknowledge", staff, "{}").getStatusCode().value()).isEqualTo(200);
        assertThat(post("/api/v1/reports/" + id + "/start", staff, "{}").getStatusCode().value()).isEqualTo(200);
        assertThat(post("/api/v1/reports/" + id + "/ask", staff, "{\"text\":\"Cống ở số nhà nào?\"}")
                .getStatusCode().value()).isEqualTo(200);
        assertThat(post("/api/v1/reports/" + id + "/citizen/answer", resident(), "{\"text\":\"Trước số 45\"}")
                .getStatusCode().value()).isEqualTo(200);
        assertThat(post("/api/v1/reports/" + id + "/notes", staff, "{\"text\":\"Gọi lại cho người báo\"}")
                .getStatusCode().value()).isEqualTo(200);
        var photo = upload("/api/v1/reports/" + id + "/resolution-photos", staff, List.of(TestImages.jpeg(40, 30)));
        assertThat(photo.getStatusCode().value()).isEqualTo(201);
        assertThat(post("/api/v1/reports/" + id + "/resolve", staff, "{\"resolution\":\"Đã thông cống\"}")
                .getStatusCode().value()).isEqualTo(200);
        assertThat(post("/api/v1/reports/" + id + "/citizen/confirm", resident(), null).getStatusCode().value())
                .isEqualTo(200);
        assertThat(post("/api/v1/reports/" + id + "/citizen/rate", resident(), "{\"score\":5}")
                .getStatusCode().value()).isEqualTo(200);
        // the resident acting on a closed report is refused: the refusal is not logged with their contact either
        assertThat(post("/api/v1/reports/" + id + "/citizen/edit", resident(), "{\"title\":\"Khác\"}")
                .getStatusCode().is4xxClientError()).isTrue();

        String logs = output.getAll();
        assertThat(logs).as("the capture works: our own line about this report is in it")
                .contains("Report " + id + " filed via");
        assertThat(logs).doesNotContain(phone).doesNotContain("84" + national).doesNotContain("+84" + national)
                .doesNotContain(national).doesNotContain(name).doesNotContain("Phạm Thị");
    }
}
