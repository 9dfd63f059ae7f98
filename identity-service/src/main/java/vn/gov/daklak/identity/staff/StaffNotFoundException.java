package vn.gov.daklak.identity.staff;

class StaffNotFoundException extends RuntimeException {
    StaffNotFoundException(String staffId) {
        super("No staff member with id " + staffId);
    }
}
