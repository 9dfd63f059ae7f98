package vn.gov.daklak.contracts.notification;

/** Channels a person can be reached on. */
public enum Channel {
    ZALO, SMS, EMAIL, IN_APP
}
