package vn.gov.daklak.identity.vneid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

import vn.gov.daklak.platform.security.AssuranceLevel;
import vn.gov.daklak.identity.residents.VerifiedIdentity;

class VneidClaimsMapperTest {
    private final VneidClaimsMapper defaults = new VneidClaimsMapper(properties(
            new VneidProperties.Claims("citizen_id", "name", "phone_number", "loa"),
            new VneidProperties.Assurance(List.of("1"), List.of("2"))));

    @Test
    void mapsLevelsAndIdentity() {
        VerifiedIdentity two = defaults.map(Map.of("citizen_id", "066200001234", "name", "Nguyễn Văn An",
                "phone_number", "0912 345 678", "loa", "2"));
        assertThat(two.level()).isEqualTo(AssuranceLevel.VNEID_2);
        assertThat(two.phone()).isEqualTo("+84912345678");
        assertThat(two.toString()).doesNotContain("066200001234");
        assertThat(defaults.map(Map.of("citizen_id", "066200001234", "loa", 1)).level())
                .isEqualTo(AssuranceLevel.VNEID_1);
    }

    @Test
    void claimNamesAndLevelValuesAreConfigurable() {
        VneidClaimsMapper custom = new VneidClaimsMapper(properties(
                new VneidProperties.Claims("so_dinh_danh", "ho_ten", "sdt", "acr"),
                new VneidProperties.Assurance(List.of("urn:vneid:loa:1"), List.of("urn:vneid:loa:2"))));

        VerifiedIdentity identity = custom.map(Map.of("so_dinh_danh", "066200001234", "ho_ten", "Lê Hoa",
                "acr", "urn:vneid:loa:2"));

        assertThat(identity.level()).isEqualTo(AssuranceLevel.VNEID_2);
        assertThat(identity.fullName()).isEqualTo("Lê Hoa");
    }

    @Test
    void refusesUnknownLevelsAndBadNumbersWithoutQuotingThem() {
        assertThatThrownBy(() -> defaults.map(Map.of("citizen_id", "066200001234", "loa", "3")))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("assurance");
        assertThatThrownBy(() -> defaults.map(Map.of("loa", "2")))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> defaults.map(Map.of("citizen_id", "06620000123", "loa", "2")))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageNotContaining("06620000123");
    }

    private static VneidProperties properties(VneidProperties.Claims claims, VneidProperties.Assurance assurance) {
        return new VneidProperties(null, null, null, null, "client", "secret", List.of("openid"), claims, assurance,
                new VneidProperties.Mock(false));
    }
}
