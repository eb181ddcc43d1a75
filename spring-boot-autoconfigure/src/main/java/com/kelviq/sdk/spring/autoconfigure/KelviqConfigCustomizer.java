package com.kelviq.sdk.spring.autoconfigure;

import com.kelviq.sdk.KelviqConfig;

/**
 * Adjusts the {@link KelviqConfig} the auto-configuration builds from the {@code kelviq.*} properties, for what
 * properties cannot say (a {@code ConnectionConfig}, request defaults, ...). Every customizer bean is applied, in
 * {@link org.springframework.core.annotation.Order} order, after the properties and before the build, so a
 * customizer's setting wins over a property. Define a {@link KelviqConfig} bean instead to replace it whole.
 */
@FunctionalInterface
public interface KelviqConfigCustomizer {
    /**
     * Adjusts the builder.
     *
     * @param builder the builder, already holding the properties' settings
     */
    void customize(KelviqConfig.Builder builder);
}
