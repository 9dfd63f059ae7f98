package vn.gov.daklak.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

class AdminKeyInterceptorTest {

    @Test
    void withoutAConfiguredKeyEveryAdminCallIsRefused() throws Exception {
        AdminKeyInterceptor interceptor = new AdminKeyInterceptor("");

        assertThatThrownBy(() -> interceptor.preHandle(request(""), new MockHttpServletResponse(), handler("admin")))
                .isInstanceOfSatisfying(AdminKeyRejectedException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED));
    }

    @Test
    void theConfiguredKeyOpensAdminEndpoints() throws Exception {
        AdminKeyInterceptor interceptor = new AdminKeyInterceptor("s3cret");

        assertThat(interceptor.preHandle(request("s3cret"), new MockHttpServletResponse(), handler("admin")))
                .isTrue();
        assertThatThrownBy(() -> interceptor.preHandle(request("s3cret "), new MockHttpServletResponse(),
                handler("admin"))).isInstanceOf(AdminKeyRejectedException.class);
    }

    @Test
    void publicEndpointsNeedNoKey() throws Exception {
        AdminKeyInterceptor interceptor = new AdminKeyInterceptor("s3cret");

        assertThat(interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(),
                handler("open"))).isTrue();
    }

    private static MockHttpServletRequest request(String key) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("X-Admin-Key", key);
        return request;
    }

    private static HandlerMethod handler(String name) throws NoSuchMethodException {
        Method method = Endpoints.class.getDeclaredMethod(name);
        return new HandlerMethod(new Endpoints(), method);
    }

    static class Endpoints {
        @AdminOnly
        void admin() {
        }

        void open() {
        }
    }
}
