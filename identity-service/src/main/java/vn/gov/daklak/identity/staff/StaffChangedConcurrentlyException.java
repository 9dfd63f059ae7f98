package vn.gov.daklak.identity.staff;

class StaffChangedConcurrentlyException extends RuntimeException {
    StaffChangedConcurrentlyException(String staffId) {
        super("Staff member " + staffId + " is being changed by someone else; try again");
    }
}
