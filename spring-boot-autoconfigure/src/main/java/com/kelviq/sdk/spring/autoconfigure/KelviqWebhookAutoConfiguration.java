package com.kelviq.sdk.spring.autoconfigure;

import com.kelviq.sdk.blocking.KelviqBlockingClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The webhook endpoint, when {@code kelviq.webhooks.secret} is set in a Spring MVC or WebFlux application:
 * {@code POST kelviq.webhooks.path} (default {@code /kelviq/webhooks}) verifies each delivery with the client's
 * webhook handler (which drops the customer's cached entitlements), publishes a {@link KelviqWebhookReceivedEvent},
 * and answers 200 (also for a repeat of a handled delivery), 400 when verification fails (a tampered body, a wrong or
 * stale signature), 413 above 1 MiB, and 500 when a listener throws (Kelviq then delivers it again). Under Spring
 * Security, permit the path and exempt it from CSRF: the signature is its authentication.
 */
@AutoConfiguration(after = KelviqAutoConfiguration.class)
@ConditionalOnBean(KelviqBlockingClient.class)
@ConditionalOnProperty(prefix = "kelviq.webhooks", name = "secret")
public class KelviqWebhookAutoConfiguration {
    /** Creates the auto-configuration (by Spring). */
    public KelviqWebhookAutoConfiguration() {
    }

    static String path(KelviqProperties properties) {
        String path = properties.getWebhooks().getPath();
        if (path == null || !path.startsWith("/") || path.chars().anyMatch(c -> c <= ' ' || c == '?' || c == '#')) {
            throw new InvalidConfigurationPropertyValueException("kelviq.webhooks.path", path,
                    "must be a path starting with / (no spaces, query or fragment)");
        }
        return path;
    }

    /** On Spring MVC. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.function.RouterFunction")
    static class ServletEndpointConfiguration {
        @Bean
        @ConditionalOnMissingBean(name = "kelviqWebhookRoute")
        org.springframework.web.servlet.function.RouterFunction<org.springframework.web.servlet.function.ServerResponse> kelviqWebhookRoute(
                KelviqBlockingClient client, ApplicationEventPublisher publisher, KelviqProperties properties) {
            return ServletWebhookEndpoint.route(path(properties), new WebhookReceiver(client, publisher));
        }
    }

    /** On WebFlux. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    @ConditionalOnClass(name = "org.springframework.web.reactive.function.server.RouterFunction")
    static class ReactiveEndpointConfiguration {
        @Bean
        @ConditionalOnMissingBean(name = "kelviqWebhookRoute")
        org.springframework.web.reactive.function.server.RouterFunction<org.springframework.web.reactive.function.server.ServerResponse> kelviqWebhookRoute(
                KelviqBlockingClient client, ApplicationEventPublisher publisher, KelviqProperties properties) {
            return ReactiveWebhookEndpoint.route(path(properties), new WebhookReceiver(client, publisher));
        }
    }
}
