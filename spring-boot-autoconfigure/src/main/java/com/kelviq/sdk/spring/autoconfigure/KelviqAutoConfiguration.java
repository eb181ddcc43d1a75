package com.kelviq.sdk.spring.autoconfigure;

import com.kelviq.sdk.Fleet;
import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.KelviqCore;
import com.kelviq.sdk.ReportFailureHandler;
import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.errors.KelviqValidationException;
import com.kelviq.sdk.coroutines.KelviqClient;
import com.kelviq.sdk.reactor.ReactorKelviqClient;
import com.kelviq.sdk.redis.RedisFleet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Kelviq clients of a Spring Boot application: one {@link KelviqCore} (connections, entitlement cache,
 * background reporter) built from the {@code kelviq.*} properties, a {@link KelviqBlockingClient} over it, and,
 * when their artifacts are on the classpath, a coroutines {@link KelviqClient} and a {@link ReactorKelviqClient}
 * over the same core. Each bean backs off when the application defines its own; a {@link Fleet} bean, a
 * {@link ReportFailureHandler} bean and every {@link KelviqConfigCustomizer} bean are applied. Off with
 * {@code kelviq.enabled=false}. The core is closed by {@link KelviqShutdown} in the right shutdown phase.
 */
@AutoConfiguration
@ConditionalOnClass(KelviqBlockingClient.class)
@ConditionalOnProperty(prefix = "kelviq", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(KelviqProperties.class)
public class KelviqAutoConfiguration {
    /** Creates the auto-configuration (by Spring). */
    public KelviqAutoConfiguration() {
    }

    /**
     * The configuration of the {@code kelviq.*} properties, the {@link Fleet} and {@link ReportFailureHandler}
     * beans, and the customizers.
     *
     * @param properties the bound properties
     * @param fleet the application's fleet, if any
     * @param failureHandler the application's report failure handler, if any
     * @param customizers the customizers, in order
     * @return the configuration
     */
    @Bean
    @ConditionalOnMissingBean
    public KelviqConfig kelviqConfig(KelviqProperties properties, ObjectProvider<Fleet> fleet,
                                     ObjectProvider<ReportFailureHandler> failureHandler,
                                     ObjectProvider<KelviqConfigCustomizer> customizers) {
        return KelviqConfigFactory.build(properties, fleet.getIfAvailable(), failureHandler.getIfAvailable(),
                customizers.orderedStream().collect(Collectors.toList()));
    }

    /**
     * The core every client bean shares; closed by {@link KelviqShutdown}, and again (a no-op) when destroyed.
     *
     * @param config the configuration
     * @return the core
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public KelviqCore kelviqCore(KelviqConfig config) {
        return KelviqCore.create(config);
    }

    /**
     * The blocking (and, through {@code async()}, {@code CompletableFuture}) client.
     *
     * @param core the shared core
     * @return the client
     */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    public KelviqBlockingClient kelviqBlockingClient(KelviqCore core) {
        return KelviqBlockingClient.create(core);
    }

    /**
     * Closes the core after the web server stopped and before the context is destroyed.
     *
     * @param client a client over the core
     * @return the lifecycle bean
     */
    @Bean
    @ConditionalOnMissingBean
    public KelviqShutdown kelviqShutdown(KelviqBlockingClient client) {
        return new KelviqShutdown(client);
    }

    /** The coroutines client, when {@code kelviq-sdk-coroutines} is on the classpath. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KelviqClient.class)
    static class CoroutinesClientConfiguration {
        @Bean(destroyMethod = "")
        @ConditionalOnMissingBean
        KelviqClient kelviqClient(KelviqCore core) {
            return new KelviqClient(core);
        }
    }

    /** The Reactor client, when {@code kelviq-sdk-reactor} is on the classpath. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ReactorKelviqClient.class)
    static class ReactorClientConfiguration {
        @Bean(destroyMethod = "")
        @ConditionalOnMissingBean
        ReactorKelviqClient reactorKelviqClient(KelviqCore core) {
            return ReactorKelviqClient.create(core);
        }
    }

    /** Fleet mode, when {@code kelviq-sdk-redis} is on the classpath and {@code kelviq.redis.uri} is set. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RedisFleet.class)
    @ConditionalOnProperty(prefix = "kelviq.redis", name = "uri")
    static class FleetConfiguration {
        @Bean
        @ConditionalOnMissingBean
        Fleet kelviqFleet(KelviqProperties properties) {
            KelviqProperties.Redis redis = properties.getRedis();
            try {
                RedisFleet.Builder builder = RedisFleet.builder().uri(redis.getUri());
                if (redis.getPrefix() != null) {
                    builder.prefix(redis.getPrefix());
                }
                if (redis.getOperationTimeout() != null) {
                    builder.operationTimeout(redis.getOperationTimeout());
                }
                return builder.build();
            } catch (KelviqValidationException e) {
                String property = KelviqConfigFactory.propertyOf("redis." + e.getField());
                if (KelviqSecretPropertyException.isSecret(property)) {
                    throw new KelviqSecretPropertyException(property, e.getReason());
                }
                throw new InvalidConfigurationPropertyValueException(property, null, e.getReason());
            }
        }
    }

    /** {@code kelviq.redis.uri} without {@code kelviq-sdk-redis}: refused at startup rather than silently not in fleet mode. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("com.kelviq.sdk.redis.RedisFleet")
    @ConditionalOnProperty(prefix = "kelviq.redis", name = "uri")
    static class FleetWithoutRedisModule {
        FleetWithoutRedisModule() {
            throw new KelviqSecretPropertyException("kelviq.redis.uri",
                    "needs com.kelviq:kelviq-sdk-redis on the classpath (fleet mode)");
        }
    }
}
