package vn.gov.daklak.notification.templates;

public class UnknownTemplateException extends IllegalArgumentException {

    public UnknownTemplateException(String message) {
        super(message);
    }
}
