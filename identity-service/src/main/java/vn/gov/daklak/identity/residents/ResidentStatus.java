package vn.gov.daklak.identity.residents;

enum ResidentStatus {
    ACTIVE,
    /** The resident deleted their account: personal data removed, the id kept so their reports stay consistent. */
    DELETED
}
