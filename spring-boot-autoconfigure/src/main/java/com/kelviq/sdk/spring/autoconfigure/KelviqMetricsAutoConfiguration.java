package com.kelviq.sdk.spring.autoconfigure;

import com.kelviq.sdk.KelviqCore;
import com.kelviq.sdk.metrics.KelviqMetrics;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The client's Micrometer meters ({@link KelviqMetrics}, a {@code MeterBinder} that Spring Boot's metrics binds to
 * every registry), when Micrometer is on the classpath: {@code /actuator/metrics/kelviq.client.requests} and the rest.
 */
@AutoConfiguration(after = KelviqAutoConfiguration.class)
@ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
@ConditionalOnBean(KelviqCore.class)
public class KelviqMetricsAutoConfiguration {
    /** Creates the auto-configuration (by Spring). */
    public KelviqMetricsAutoConfiguration() {
    }

    /**
     * The meters of the shared core.
     *
     * @param core the shared core
     * @return the binder
     */
    @Bean
    @ConditionalOnMissingBean
    public KelviqMetrics kelviqMetrics(KelviqCore core) {
        return new KelviqMetrics(core);
    }
}
