package com.kelviq.sdk.spring.autoconfigure;

import com.kelviq.sdk.KelviqCore;
import com.kelviq.sdk.metrics.KelviqObservations;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * A Micrometer observation around each Kelviq call ({@link KelviqObservations}) in the application's
 * {@link ObservationRegistry}, when there is one (the actuator's): with Micrometer Tracing the calls show as Kelviq
 * spans under the request that made them, in MVC and WebFlux alike.
 */
@AutoConfiguration(after = KelviqAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass(name = "io.micrometer.observation.ObservationRegistry")
@ConditionalOnBean({KelviqCore.class, ObservationRegistry.class})
public class KelviqObservationAutoConfiguration {
    /** Creates the auto-configuration (by Spring). */
    public KelviqObservationAutoConfiguration() {
    }

    /**
     * The observations of the shared core, bound to the registry.
     *
     * @param core the shared core
     * @param registry the application's observation registry
     * @return the bound observations
     */
    @Bean
    @ConditionalOnMissingBean
    public KelviqObservations kelviqObservations(KelviqCore core, ObservationRegistry registry) {
        KelviqObservations observations = new KelviqObservations(core);
        observations.bindTo(registry);
        return observations;
    }
}
