package vn.gov.daklak.identity.staff;

class StaffAlreadyExistsException extends RuntimeException {
    StaffAlreadyExistsException(String staffId) {
        super("A staff member with id " + staffId + " already exists");
    }
}
