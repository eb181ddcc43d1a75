package com.kelviq.sdk.spring.autoconfigure;

import com.kelviq.sdk.KelviqCore;
import com.kelviq.sdk.health.KelviqHealthProbe;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/** The {@code kelviq} health indicator, when Spring Boot's health support is on the classpath ({@code management.health.kelviq.enabled} turns it off). */
@AutoConfiguration(after = KelviqAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(KelviqCore.class)
@ConditionalOnEnabledHealthIndicator("kelviq")
public class KelviqHealthAutoConfiguration {
    /** Creates the auto-configuration (by Spring). */
    public KelviqHealthAutoConfiguration() {
    }

    /**
     * The indicator, named so that its component is {@code kelviq}.
     *
     * @param core the shared core
     * @param properties the bound properties ({@code kelviq.health.cache-for}, {@code kelviq.health.probe-customer-id})
     * @return the indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "kelviqHealthIndicator")
    public KelviqHealthIndicator kelviqHealthIndicator(KelviqCore core, KelviqProperties properties) {
        java.time.Duration cacheFor = properties.getHealth().getCacheFor();
        if (cacheFor == null || cacheFor.isZero() || cacheFor.isNegative()) {
            throw new InvalidConfigurationPropertyValueException("kelviq.health.cache-for", cacheFor, "must be positive");
        }
        String customerId = properties.getHealth().getProbeCustomerId();
        try {
            return new KelviqHealthIndicator(new KelviqHealthProbe(core, cacheFor,
                    customerId == null ? KelviqHealthProbe.PROBE_CUSTOMER_ID : customerId));
        } catch (com.kelviq.sdk.errors.KelviqValidationException e) {
            throw new InvalidConfigurationPropertyValueException("kelviq.health.probe-customer-id", customerId, e.getReason());
        }
    }
}
