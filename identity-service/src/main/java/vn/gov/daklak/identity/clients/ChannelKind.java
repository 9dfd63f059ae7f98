package vn.gov.daklak.identity.clients;

/** The kinds of application through which people reach the platform. */
public enum ChannelKind {
    PROVINCE_APP, ZALO_MINI_APP, WEB, HOTLINE_CONSOLE, STAFF_WEB, OPEN311_PARTNER
}
