package vn.gov.daklak.platform.security;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Every service's OpenAPI document says how to call it: a bearer access token of identity-service (Swagger UI then
 * offers "Authorize"; on the embedded default {@code ./sign-in.sh} prints one). Public endpoints simply ignore it.
 */
@AutoConfiguration
@ConditionalOnClass({OpenApiCustomizer.class, SecurityScheme.class})
public class OpenApiBearerScheme {
    static final String NAME = "identity-service-token";

    @Bean
    OpenApiCustomizer bearerTokenScheme() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(NAME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").bearerFormat("JWT")
                    .description("An access token of identity-service (phone one-time code, VNeID or client "
                            + "credentials). On the embedded default: ./sign-in.sh <phone> [staff]"));
            openApi.addSecurityItem(new SecurityRequirement().addList(NAME));
        };
    }
}
