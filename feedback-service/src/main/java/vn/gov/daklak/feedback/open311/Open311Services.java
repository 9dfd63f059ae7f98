package vn.gov.daklak.feedback.open311;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.gov.daklak.feedback.open311.Open311Documents.Attribute;
import vn.gov.daklak.feedback.open311.Open311Documents.Service;
import vn.gov.daklak.feedback.open311.Open311Documents.ServiceDefinition;
import vn.gov.daklak.feedback.open311.Open311Documents.Value;
import vn.gov.daklak.feedback.transparency.PublicCategories;
import vn.gov.daklak.reference.Categories;
import vn.gov.daklak.reference.Category;
import vn.gov.daklak.reference.Subcategory;

/**
 * The 31 categories of the taxonomy as Open311 services: {@code service_code} = category code, Vietnamese names,
 * {@code group} = the provincial department mainly responsible, {@code keywords} = the subcategories. A service's
 * attributes are the subcategory to choose and notices (emergency numbers, not published).
 */
final class Open311Services {
    static final String SUBCATEGORY = "subcategory";
    private static final String EMERGENCY = "emergency_redirect";

    private Open311Services() {
    }

    static List<Service> all() {
        return Categories.all().stream().map(Open311Services::service).toList();
    }

    /** A category by its exact code (subcategory codes are attribute values, not services). */
    static Optional<Category> category(String serviceCode) {
        return Categories.all().stream().filter(c -> c.code().equals(serviceCode)).findFirst();
    }

    static Service service(Category category) {
        String description = category.nameEn() + (PublicCategories.listed(category.code()) ? ""
                : " — reports are not published");
        return new Service(category.code(), category.nameVi(), description, !attributes(category).isEmpty(),
                "realtime", category.subcategories().stream().map(Subcategory::nameVi)
                        .collect(Collectors.joining(", ")), group(category));
    }

    static ServiceDefinition definition(Category category) {
        return new ServiceDefinition(category.code(), attributes(category));
    }

    /** The Open311 service notice for a new request of this category, with its tracking code. */
    static String notice(Category category, String trackingCode) {
        StringBuilder notice = new StringBuilder("Đã tiếp nhận phản ánh. Mã theo dõi: ").append(trackingCode)
                .append(". Thời hạn xử lý được xác định khi phản ánh được giao cho đơn vị.");
        if (EMERGENCY.equals(category.urgencyDefault())) {
            notice.append(' ').append(emergencyText());
        }
        if (!PublicCategories.listed(category.code())) {
            notice.append(' ').append(privacyText());
        }
        return notice.toString();
    }

    private static List<Attribute> attributes(Category category) {
        List<Attribute> attributes = new ArrayList<>();
        if (EMERGENCY.equals(category.urgencyDefault())) {
            attributes.add(new Attribute(false, "EMERGENCY_NOTICE", "text", false, null, attributes.size() + 1,
                    emergencyText(), null));
        }
        if (!PublicCategories.listed(category.code())) {
            attributes.add(new Attribute(false, "PRIVACY_NOTICE", "text", false, null, attributes.size() + 1,
                    privacyText(), null));
        }
        if (!category.subcategories().isEmpty()) {
            attributes.add(new Attribute(true, SUBCATEGORY, "singlevaluelist", false,
                    "Chọn một key trong danh sách", attributes.size() + 1, "Vấn đề cụ thể",
                    category.subcategories().stream().map(s -> new Value(s.code(), s.nameVi())).toList()));
        }
        return attributes;
    }

    private static String group(Category category) {
        return category.responsibleUnits("province").stream().findFirst().flatMap(Categories::unitName)
                .orElse("Khác");
    }

    private static String emergencyText() {
        return "Nếu đang có cháy, nổ hoặc người gặp nạn, hãy gọi ngay 114 (cứu hỏa, cứu nạn) hoặc 113, 115: "
                + "kênh phản ánh này không phải dịch vụ khẩn cấp.";
    }

    private static String privacyText() {
        return "Phản ánh thuộc lĩnh vực này không được công khai; chỉ người phản ánh theo dõi bằng mã theo dõi.";
    }
}
