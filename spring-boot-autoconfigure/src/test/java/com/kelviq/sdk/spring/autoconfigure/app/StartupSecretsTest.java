package com.kelviq.sdk.spring.autoconfigure.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.kelviq.sdk.testkit.KelviqTestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * A Boot application started as users start one, with a secret set but invalid (in the environment, as
 * {@code KELVIQ_API_KEY}, or as a property): startup fails, the failure analysis names the property and what is
 * wrong, and neither the console (log and failure analysis) nor the exception chain, printed, holds the value, in
 * whole, trimmed or Base64-encoded.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupSecretsTest {
    static final String KEY_WITH_NEWLINE = "sk_test_R4nd0mK3yV4lu3Fr0mF1l3\n";
    KelviqTestServer server;

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    @BeforeEach
    void start() {
        server = KelviqTestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Starts the app with {@code environment} as system environment variables and {@code properties}; returns the failure. */
    Throwable startupFailure(Map<String, Object> environment, String... properties) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
                .properties("kelviq.base-url=" + server.getBaseUrl(), "kelviq.edge-url=" + server.getEdgeUrl())
                .properties(properties)
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", environment)));
        Throwable failure = catchThrowable(app::run);
        assertThat(failure).as("startup must fail").isNotNull();
        return failure;
    }

    static String printed(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    static void assertNotShown(String text, String secret) {
        String core = secret.trim();
        assertThat(text).doesNotContain(core)
                .doesNotContain(Base64.getEncoder().encodeToString(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .doesNotContain(Base64.getEncoder().encodeToString(core.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (core.length() >= 8) {
            assertThat(text).doesNotContain(core.substring(core.length() - 8));
        }
    }

    void assertRefusedWithoutValue(CapturedOutput output, Throwable failure, String property, String reason, String secret) {
        String console = output.getAll();
        assertThat(console).contains("APPLICATION FAILED TO START").contains("The property " + property + " is invalid")
                .contains(reason);
        assertNotShown(console, secret);
        assertNotShown(printed(failure), secret);
    }

    static Map<String, Object> env(String name, String value) {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put(name, value);
        return env;
    }

    @Test
    void anApiKeyWithATrailingNewlineFromTheEnvironment(CapturedOutput output) {
        Throwable failure = startupFailure(env("KELVIQ_API_KEY", KEY_WITH_NEWLINE));
        assertRefusedWithoutValue(output, failure, "kelviq.api-key", "has whitespace at the end", KEY_WITH_NEWLINE);
        assertThat(output.getAll()).contains("trim it");
    }

    @Test
    void anApiKeyTooShort(CapturedOutput output) {
        String shortKey = "sk_t3st";
        Throwable failure = startupFailure(Map.of(), "kelviq.api-key=" + shortKey);
        assertRefusedWithoutValue(output, failure, "kelviq.api-key", "too short", shortKey);
    }

    @Test
    void noApiKeySaysWhereToSetIt(CapturedOutput output) {
        startupFailure(Map.of());
        assertThat(output.getAll()).contains("The property kelviq.api-key is invalid").contains("KELVIQ_API_KEY")
                .contains("kelviq.api-key");
    }

    @Test
    void aWebhookSecretWithATrailingNewline(CapturedOutput output) {
        String secret = "kq_whsec_S1gn1ngS3cr3tV4lu3\n";
        Throwable failure = startupFailure(env("KELVIQ_WEBHOOKS_SECRET", secret), "kelviq.api-key=" + server.getApiKey());
        assertRefusedWithoutValue(output, failure, "kelviq.webhooks.secret", "has whitespace at the end", secret);
    }

    @Test
    void aRedisUriWithAPasswordThatIsNotAUri(CapturedOutput output) {
        String uri = "http://:hunter2Passw0rd@127.0.0.1:6379";
        Throwable failure = startupFailure(env("KELVIQ_REDIS_URI", uri), "kelviq.api-key=" + server.getApiKey());
        assertRefusedWithoutValue(output, failure, "kelviq.redis.uri", "is not a Redis URI", "hunter2Passw0rd");
    }
}
