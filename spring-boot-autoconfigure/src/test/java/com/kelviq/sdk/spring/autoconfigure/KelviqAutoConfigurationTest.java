package com.kelviq.sdk.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.kelviq.sdk.Environment;
import com.kelviq.sdk.Fleet;
import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.KelviqCore;
import com.kelviq.sdk.ReportFailureHandler;
import com.kelviq.sdk.blocking.KelviqBlockingClient;
import com.kelviq.sdk.coroutines.KelviqClient;
import com.kelviq.sdk.metrics.KelviqMetrics;
import com.kelviq.sdk.reactor.ReactorKelviqClient;
import com.kelviq.sdk.redis.RedisFleet;
import com.kelviq.sdk.testkit.KelviqTestServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.annotation.Order;

/** The auto-configuration in contexts without a web server: which beans exist per classpath and properties, and what is refused. */
class KelviqAutoConfigurationTest {
    static final AutoConfigurations ALL = AutoConfigurations.of(KelviqAutoConfiguration.class, KelviqMetricsAutoConfiguration.class,
            KelviqHealthAutoConfiguration.class, KelviqWebhookAutoConfiguration.class, KelviqObservationAutoConfiguration.class);

    static KelviqTestServer server;

    @BeforeAll
    static void startServer() {
        server = KelviqTestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withConfiguration(ALL).withPropertyValues(serverProperties());
    }

    static String[] serverProperties() {
        return new String[] {"kelviq.api-key=" + server.getApiKey(), "kelviq.base-url=" + server.getBaseUrl(),
            "kelviq.edge-url=" + server.getEdgeUrl()};
    }

    @Test
    void everyFlavourOnTheClasspathIsABeanOverOneSharedCore() {
        runner().run(context -> {
            assertThat(context).hasSingleBean(KelviqConfig.class).hasSingleBean(KelviqCore.class).hasSingleBean(KelviqBlockingClient.class)
                    .hasSingleBean(KelviqClient.class).hasSingleBean(ReactorKelviqClient.class).hasSingleBean(KelviqShutdown.class)
                    .hasSingleBean(KelviqMetrics.class).hasSingleBean(KelviqHealthIndicator.class).doesNotHaveBean(Fleet.class);
            KelviqCore core = context.getBean(KelviqCore.class);
            assertThat(context.getBean(KelviqBlockingClient.class).core()).isSameAs(core);
            assertThat(context.getBean(KelviqClient.class).getCore()).isSameAs(core);
            assertThat(context.getBean(ReactorKelviqClient.class).core()).isSameAs(core);
            KelviqConfig config = core.getConfig();
            assertThat(config.getBaseUrl()).isEqualTo(server.getBaseUrl());
            assertThat(config.getEnvironment()).isEqualTo(Environment.PRODUCTION);
        });
    }

    @Test
    void propertiesReachTheConfigurationAndOnlyTheirs() {
        runner().withPropertyValues("kelviq.timeout=3s", "kelviq.max-retries=5", "kelviq.cache.ttl=90s", "kelviq.cache.max-customers=50",
                "kelviq.reporter.queue-capacity=77", "kelviq.reporter.close-timeout=1500ms", "kelviq.reporter.senders=2",
                "kelviq.environment=sandbox").run(context -> {
            KelviqConfig config = context.getBean(KelviqConfig.class);
            assertThat(config.getTimeout()).isEqualTo(Duration.ofSeconds(3));
            assertThat(config.getMaxRetries()).isEqualTo(5);
            assertThat(config.getEntitlementCache().getTtl()).isEqualTo(Duration.ofSeconds(90));
            assertThat(config.getEntitlementCache().getMaxCustomers()).isEqualTo(50);
            assertThat(config.getReporter().getQueueCapacity()).isEqualTo(77);
            assertThat(config.getReporter().getCloseTimeout()).isEqualTo(Duration.ofMillis(1500));
            assertThat(config.getReporter().getSenders()).isEqualTo(2);
            assertThat(config.getReporter().getShutdownHook()).as("the context closes the client, not a JVM hook").isFalse();
            assertThat(config.getEnvironment()).isEqualTo(Environment.SANDBOX);
            assertThat(config.getConnectTimeout()).isEqualTo(KelviqConfig.builder().apiKey("sk_test_k").build().getConnectTimeout());
            assertThat(config.toString()).doesNotContain(server.getApiKey());
            assertThat(context.getBean(KelviqProperties.class).toString()).doesNotContain(server.getApiKey());
        });
    }

    @Test
    void withoutTheCoroutinesOrReactorArtifactThereIsNoSuchBean() {
        runner().withClassLoader(new FilteredClassLoader(KelviqClient.class)).run(context ->
                assertThat(context).hasSingleBean(KelviqBlockingClient.class).doesNotHaveBean("kelviqClient").hasSingleBean(ReactorKelviqClient.class));
        runner().withClassLoader(new FilteredClassLoader(ReactorKelviqClient.class)).run(context ->
                assertThat(context).hasSingleBean(KelviqBlockingClient.class).hasSingleBean(KelviqClient.class).doesNotHaveBean("reactorKelviqClient"));
    }

    @Test
    void withoutMicrometerOrSpringHealthThereIsNoMetricsOrHealthBean() {
        runner().withClassLoader(new FilteredClassLoader("io.micrometer.core")).run(context ->
                assertThat(context).hasSingleBean(KelviqBlockingClient.class).doesNotHaveBean("kelviqMetrics"));
        runner().withClassLoader(new FilteredClassLoader(HealthIndicator.class)).run(context ->
                assertThat(context).hasSingleBean(KelviqBlockingClient.class).doesNotHaveBean("kelviqHealthIndicator"));
        runner().withPropertyValues("management.health.kelviq.enabled=false").run(context ->
                assertThat(context).hasSingleBean(KelviqBlockingClient.class).doesNotHaveBean(KelviqHealthIndicator.class));
    }

    @Test
    void observationsAreBoundWhenTheApplicationHasAnObservationRegistry() {
        io.micrometer.observation.ObservationRegistry registry = io.micrometer.observation.ObservationRegistry.create();
        runner().withBean(io.micrometer.observation.ObservationRegistry.class, () -> registry).run(context ->
                assertThat(context).hasSingleBean(com.kelviq.sdk.metrics.KelviqObservations.class));
        runner().run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(com.kelviq.sdk.metrics.KelviqObservations.class));
    }

    @Test
    void disabledMeansNoKelviqBeanAtAll() {
        runner().withPropertyValues("kelviq.enabled=false").run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(KelviqConfig.class).doesNotHaveBean(KelviqCore.class)
                        .doesNotHaveBean(KelviqBlockingClient.class).doesNotHaveBean(KelviqHealthIndicator.class).doesNotHaveBean(KelviqMetrics.class));
    }

    @Test
    void theApplicationsOwnBeansWin() {
        KelviqBlockingClient own = KelviqBlockingClient.create(server.config());
        try {
            runner().withBean("myClient", KelviqBlockingClient.class, () -> own).run(context -> {
                assertThat(context).hasSingleBean(KelviqBlockingClient.class);
                assertThat(context.getBean(KelviqBlockingClient.class)).isSameAs(own);
            });
        } finally {
            own.close();
        }
        KelviqConfig config = server.configBuilder().maxRetries(0).build();
        runner().withBean(KelviqConfig.class, () -> config).run(context ->
                assertThat(context.getBean(KelviqCore.class).getConfig()).isSameAs(config));
    }

    @Test
    void customizersRunInOrderAfterThePropertiesAndAFailureHandlerBeanIsUsed() {
        ReportFailureHandler handler = (report, error) -> { };
        runner().withPropertyValues("kelviq.max-retries=1")
                .withUserConfiguration(Customizers.class)
                .withBean(ReportFailureHandler.class, () -> handler)
                .run(context -> {
                    KelviqConfig config = context.getBean(KelviqConfig.class);
                    assertThat(config.getMaxRetries()).isEqualTo(4);
                    assertThat(config.getReporter().getFailureHandler()).isSameAs(handler);
                });
    }

    static class Customizers {
        @org.springframework.context.annotation.Bean
        @Order(2)
        KelviqConfigCustomizer second() {
            return builder -> builder.maxRetries(4);
        }

        @org.springframework.context.annotation.Bean
        @Order(1)
        KelviqConfigCustomizer first() {
            return builder -> builder.maxRetries(3);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "kelviq.max-retries=-1, kelviq.max-retries",
        "kelviq.timeout=0s, kelviq.timeout",
        "kelviq.base-url=http://kelviq.example.com, kelviq.base-url",
        "kelviq.cache.ttl=0s, kelviq.cache.ttl",
        "kelviq.reporter.queue-capacity=0, kelviq.reporter.queue-capacity",
        "kelviq.reporter.close-timeout=-1s, kelviq.reporter.close-timeout",
        "kelviq.health.cache-for=0s, kelviq.health.cache-for",
        "kelviq.health.probe-customer-id=.., kelviq.health.probe-customer-id",
        "kelviq.webhooks.path=no-slash, kelviq.webhooks.path",
    })
    void anInvalidPropertyFailsStartupNamingIt(String setting, String property) {
        ApplicationContextRunner runner = setting.startsWith("kelviq.webhooks") ? null : runner();
        if (runner == null) {
            new WebApplicationContextRunner().withConfiguration(ALL).withPropertyValues(serverProperties())
                    .withPropertyValues(setting, "kelviq.webhooks.secret=whsec_test").run(context -> assertRefused(context.getStartupFailure(), property));
            return;
        }
        runner.withPropertyValues(setting).run(context -> assertRefused(context.getStartupFailure(), property));
    }

    @Test
    void aMissingApiKeyOrAnUnreadableValueIsNamedAndNoSecretIsShown() {
        new ApplicationContextRunner().withConfiguration(ALL).withPropertyValues("kelviq.base-url=" + server.getBaseUrl())
                .run(context -> assertRefused(context.getStartupFailure(), "kelviq.api-key"));
        runner().withPropertyValues("kelviq.timeout=soon").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("kelviq.timeout");
        });
        runner().withPropertyValues("kelviq.webhooks.secret=whsec_c2VjcmV0LXZhbHVl", "kelviq.max-retries=-1").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("kelviq.max-retries");
            assertThat(stackTrace(context.getStartupFailure())).doesNotContain(server.getApiKey()).doesNotContain("c2VjcmV0LXZhbHVl");
        });
    }

    static void assertRefused(Throwable failure, String property) {
        assertThat(failure).as("startup must fail").isNotNull();
        Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
        if (KelviqSecretPropertyException.isSecret(property)) {
            // Not Boot's exception: its failure analysis would print the value from the Environment.
            assertThat(root).isInstanceOf(KelviqSecretPropertyException.class);
            assertThat(((KelviqSecretPropertyException) root).getProperty()).isEqualTo(property);
        } else {
            assertThat(root).isInstanceOf(InvalidConfigurationPropertyValueException.class);
            assertThat(((InvalidConfigurationPropertyValueException) root).getName()).isEqualTo(property);
        }
        assertThat(stackTrace(failure)).doesNotContain(server.getApiKey());
    }

    static String stackTrace(Throwable failure) {
        java.io.StringWriter out = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    @Test
    void fleetModeIsSwitchedOnByTheRedisUriAndRefusedWithoutTheRedisArtifact() {
        runner().withPropertyValues("kelviq.redis.uri=redis://127.0.0.1:1", "kelviq.redis.prefix=shop", "kelviq.redis.operation-timeout=20ms")
                .run(context -> {
                    assertThat(context).hasSingleBean(Fleet.class);
                    RedisFleet fleet = (RedisFleet) context.getBean(Fleet.class);
                    assertThat(fleet.getPrefix()).isEqualTo("shop");
                    assertThat(fleet.getOperationTimeout()).isEqualTo(Duration.ofMillis(20));
                    assertThat(context.getBean(KelviqConfig.class).getFleet()).isSameAs(fleet);
                });
        runner().withPropertyValues("kelviq.redis.uri=redis://127.0.0.1:1", "kelviq.redis.prefix=has space")
                .run(context -> assertRefused(context.getStartupFailure(), "kelviq.redis.prefix"));
        runner().withPropertyValues("kelviq.redis.uri=redis://:hunter2@127.0.0.1:1").withClassLoader(new FilteredClassLoader(RedisFleet.class))
                .run(context -> {
                    assertRefused(context.getStartupFailure(), "kelviq.redis.uri");
                    assertThat(stackTrace(context.getStartupFailure())).doesNotContain("hunter2");
                });
    }

    @Test
    void theWebhookEndpointExistsInServletAndReactiveApplicationsWhenASecretIsSet() {
        new WebApplicationContextRunner().withConfiguration(ALL).withPropertyValues(serverProperties())
                .withPropertyValues("kelviq.webhooks.secret=whsec_test").run(context ->
                        assertThat(context.getBean("kelviqWebhookRoute")).isInstanceOf(org.springframework.web.servlet.function.RouterFunction.class));
        new ReactiveWebApplicationContextRunner().withConfiguration(ALL).withPropertyValues(serverProperties())
                .withPropertyValues("kelviq.webhooks.secret=whsec_test").run(context ->
                        assertThat(context.getBean("kelviqWebhookRoute")).isInstanceOf(org.springframework.web.reactive.function.server.RouterFunction.class));
        new WebApplicationContextRunner().withConfiguration(ALL).withPropertyValues(serverProperties()).run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean("kelviqWebhookRoute"));
        runner().withPropertyValues("kelviq.webhooks.secret=whsec_test").run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean("kelviqWebhookRoute"));
    }

    @Test
    void closingTheContextClosesTheSharedCore() {
        KelviqCore[] core = new KelviqCore[1];
        runner().run(context -> core[0] = context.getBean(KelviqCore.class));
        assertThat(core[0].isClosed()).isTrue();
    }
}
