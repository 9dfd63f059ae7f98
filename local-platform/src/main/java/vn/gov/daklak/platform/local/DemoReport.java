package vn.gov.daklak.platform.local;

/** The sample report the banner's first {@code curl} submits (UTF-8 Vietnamese). */
final class DemoReport {

    static final String JSON = "{\"category\":\"VE_SINH_MOI_TRUONG\",\"title\":\"Rác thải ùn ứ\","
            + "\"description\":\"Rác thải không được thu gom ba ngày nay\","
            + "\"location\":{\"lat\":12.6675,\"lon\":108.0378},"
            + "\"addressText\":\"Đường Lê Duẩn, Buôn Ma Thuột\","
            + "\"reporter\":{\"name\":\"Nguyễn Văn A\",\"phone\":\"0912345678\",\"preferredChannel\":\"SMS\"}}";

    private DemoReport() {
    }
}
