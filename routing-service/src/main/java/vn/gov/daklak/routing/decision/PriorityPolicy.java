package vn.gov.daklak.routing.decision;

import java.util.List;

import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.reference.FoldedText;
import vn.gov.daklak.reference.Urgency;

/**
 * URGENT when reference-data's {@link Urgency} says so (the category is urgent by default, or the text holds a
 * danger keyword or one of the category's urgent keywords) or the text holds one of this deployment's extra danger
 * keywords; NORMAL otherwise.
 */
final class PriorityPolicy {
    private final List<String> extraDangerKeywords;

    PriorityPolicy(List<String> extraDangerKeywords) {
        this.extraDangerKeywords = extraDangerKeywords == null ? List.of() : List.copyOf(extraDangerKeywords);
    }

    PriorityAssessment assess(String categoryCode, FoldedText text) {
        return Urgency.assess(categoryCode, text, extraDangerKeywords)
                .map(signal -> new PriorityAssessment(Priority.URGENT, signal.byCategory()
                        ? "lĩnh vực " + signal.category().nameVi() + " mặc định khẩn cấp"
                        : "nội dung có từ khóa khẩn cấp \"" + signal.keyword() + "\""))
                .orElse(new PriorityAssessment(Priority.NORMAL, ""));
    }
}
