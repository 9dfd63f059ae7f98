package vn.gov.daklak.identity.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.contracts.notification.Channel;

class StaffDetailsTest {

    @Test
    void phoneNumbersAreStoredInE164() {
        assertThat(details(Channel.SMS, "0912 345 678", null).phone()).isEqualTo("+84912345678");
        assertThat(details(Channel.SMS, "+84912345678", null).phone()).isEqualTo("+84912345678");
        assertThat(details(Channel.SMS, "84.912.345.678", null).phone()).isEqualTo("+84912345678");
        assertThat(details(Channel.SMS, "02623 812 345", null).phone()).isEqualTo("+842623812345");
    }

    @Test
    void rejectsWhatIsNotAVietnamesePhoneNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> details(Channel.SMS, "12345", null));
        assertThatIllegalArgumentException().isThrownBy(() -> details(Channel.SMS, "+1 202 555 0100", null));
    }

    @Test
    void thePreferredChannelNeedsItsContact() {
        assertThatIllegalArgumentException().isThrownBy(() -> details(Channel.SMS, null, "a@b.vn"))
                .withMessage("phone is required when preferredChannel is SMS");
        assertThatIllegalArgumentException().isThrownBy(() -> details(Channel.ZALO, " ", null))
                .withMessage("phone is required when preferredChannel is ZALO");
        assertThatIllegalArgumentException().isThrownBy(() -> details(Channel.EMAIL, "0912345678", null))
                .withMessage("email is required when preferredChannel is EMAIL");
        assertThat(details(Channel.IN_APP, null, null).phone()).isNull();
    }

    @Test
    void duplicateTeamsCollapseKeepingOrderAndRolesComeInDeclarationOrder() {
        StaffDetails d = new StaffDetails("Nguyễn Thị Hương", Set.of(StaffRole.TEAM_LEAD, StaffRole.TEAM_MEMBER),
                List.of("b", "a", "b"), Channel.IN_APP, null, null, true);

        assertThat(d.teamIds()).containsExactly("b", "a");
        assertThat(d.roleNames()).containsExactly("TEAM_MEMBER", "TEAM_LEAD");
    }

    @Test
    void toStringNeverShowsContactDetailsInClear() {
        String text = details(Channel.EMAIL, "0912345678", "huong.nt@daklak.gov.vn").toString();

        assertThat(text).doesNotContain("912345678", "huong.nt").contains("+84*******78", "h***@daklak.gov.vn");
    }

    private static StaffDetails details(Channel channel, String phone, String email) {
        return new StaffDetails("Nguyễn Thị Hương", Set.of(StaffRole.TEAM_MEMBER), List.of(), channel, phone, email,
                true);
    }
}
