package vn.gov.daklak.contracts.notification;

public enum RecipientKind {
    CITIZEN, STAFF
}
