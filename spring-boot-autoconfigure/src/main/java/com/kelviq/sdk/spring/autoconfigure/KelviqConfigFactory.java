package com.kelviq.sdk.spring.autoconfigure;

import com.kelviq.sdk.EntitlementCacheConfig;
import com.kelviq.sdk.Fleet;
import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.ReportFailureHandler;
import com.kelviq.sdk.ReporterConfig;
import com.kelviq.sdk.errors.KelviqValidationException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/** Builds the {@link KelviqConfig} of the {@code kelviq.*} properties; a refusal names the property, never a secret's value. */
final class KelviqConfigFactory {
    private KelviqConfigFactory() {
    }

    static KelviqConfig build(KelviqProperties properties, Fleet fleet, ReportFailureHandler failureHandler,
                              List<KelviqConfigCustomizer> customizers) {
        try {
            KelviqConfig.Builder builder = KelviqConfig.builder();
            set(properties.getApiKey(), builder::apiKey);
            set(properties.getEnvironment(), builder::environment);
            set(properties.getBaseUrl(), builder::baseUrl);
            set(properties.getEdgeUrl(), builder::edgeUrl);
            set(properties.getTimeout(), builder::timeout);
            set(properties.getConnectTimeout(), builder::connectTimeout);
            set(properties.getCallTimeout(), builder::callTimeout);
            set(properties.getMaxRetries(), builder::maxRetries);
            builder.allowInsecureHttp(properties.isAllowInsecureHttp());
            builder.entitlementCache(cache(properties.getCache()));
            builder.reporter(reporter(properties.getReporter(), failureHandler));
            set(properties.getWebhooks().getSecret(), builder::webhookSecret);
            builder.fleet(fleet);
            customizers.forEach(customizer -> customizer.customize(builder));
            return builder.build();
        } catch (KelviqValidationException e) {
            String property = propertyOf(e.getField());
            if (KelviqSecretPropertyException.isSecret(property)) {
                throw new KelviqSecretPropertyException(property, e.getReason());
            }
            throw new InvalidConfigurationPropertyValueException(property, valueOf(properties, property), e.getReason());
        }
    }

    private static EntitlementCacheConfig cache(KelviqProperties.Cache cache) {
        EntitlementCacheConfig.Builder builder = EntitlementCacheConfig.builder();
        set(cache.getEnabled(), builder::enabled);
        set(cache.getTtl(), builder::ttl);
        set(cache.getMaxCustomers(), builder::maxCustomers);
        set(cache.getMaxStaleness(), builder::maxStaleness);
        return builder.build();
    }

    private static ReporterConfig reporter(KelviqProperties.Reporter reporter, ReportFailureHandler failureHandler) {
        // The application context closes the client in its shutdown phase (KelviqShutdown); the SDK's own JVM-exit hook
        // would run beside Spring's and close it while the web server still finishes requests.
        ReporterConfig.Builder builder = ReporterConfig.builder().shutdownHook(false);
        set(reporter.getQueueCapacity(), builder::queueCapacity);
        set(reporter.getSenders(), builder::senders);
        set(reporter.getEnqueueTimeout(), builder::enqueueTimeout);
        set(reporter.getCloseTimeout(), builder::closeTimeout);
        set(failureHandler, builder::failureHandler);
        return builder.build();
    }

    /** The property of an SDK setting: {@code reporter.queueCapacity} is {@code kelviq.reporter.queue-capacity}. */
    static String propertyOf(String field) {
        if (field.equals("webhookSecret")) {
            return "kelviq.webhooks.secret";
        }
        String path = field.startsWith("entitlementCache.") ? "cache." + field.substring("entitlementCache.".length()) : field;
        return "kelviq." + path.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static Object valueOf(KelviqProperties properties, String property) {
        switch (property) {
            case "kelviq.base-url":
                return properties.getBaseUrl();
            case "kelviq.edge-url":
                return properties.getEdgeUrl();
            case "kelviq.timeout":
                return properties.getTimeout();
            case "kelviq.connect-timeout":
                return properties.getConnectTimeout();
            case "kelviq.call-timeout":
                return properties.getCallTimeout();
            case "kelviq.max-retries":
                return properties.getMaxRetries();
            case "kelviq.cache.ttl":
                return properties.getCache().getTtl();
            case "kelviq.cache.max-customers":
                return properties.getCache().getMaxCustomers();
            case "kelviq.cache.max-staleness":
                return properties.getCache().getMaxStaleness();
            case "kelviq.reporter.queue-capacity":
                return properties.getReporter().getQueueCapacity();
            case "kelviq.reporter.senders":
                return properties.getReporter().getSenders();
            case "kelviq.reporter.enqueue-timeout":
                return properties.getReporter().getEnqueueTimeout();
            case "kelviq.reporter.close-timeout":
                return properties.getReporter().getCloseTimeout();
            default:
                return null;
        }
    }

    private static <T> void set(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
