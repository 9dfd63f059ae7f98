package vn.gov.daklak.identity.staff;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.identity.contact.Masking;

/**
 * The embedded default's province administrator ({@code identity.seed.demo-admin.phone}, set only in profile
 * {@code local}): staff id {@value #STAFF_ID}, role PROVINCE_ADMIN, signing in by phone code like any staff member.
 * Created once; left alone afterwards.
 */
@Component
@Order(20)
@ConditionalOnExpression("'${identity.seed.demo-admin.phone:}' != ''")
class DemoAdminSeeder implements ApplicationRunner {
    static final String STAFF_ID = "demo.admin";
    private static final Logger log = LoggerFactory.getLogger(DemoAdminSeeder.class);

    private final StaffService staff;
    private final StaffRepository repository;
    private final String phone;

    DemoAdminSeeder(StaffService staff, StaffRepository repository,
                    @Value("${identity.seed.demo-admin.phone}") String phone) {
        this.staff = staff;
        this.repository = repository;
        this.phone = phone;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.findById(STAFF_ID).isPresent()) {
            return;
        }
        try {
            staff.create(STAFF_ID, new StaffDetails("Quản trị viên thử nghiệm", Set.of(StaffRole.PROVINCE_ADMIN),
                    List.of(), Channel.SMS, phone, null, true));
            log.info("Demo province administrator {} created (phone {})", STAFF_ID, Masking.phone(phone));
        } catch (StaffAlreadyExistsException e) {
            // another instance created it
        }
    }
}
