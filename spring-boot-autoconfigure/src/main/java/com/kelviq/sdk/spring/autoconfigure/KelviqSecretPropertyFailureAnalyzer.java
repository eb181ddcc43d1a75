package com.kelviq.sdk.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a startup refused for a secret {@code kelviq.*} property ({@link KelviqSecretPropertyException}): the
 * property, what is wrong and how to fix it, never the value. Registered in {@code META-INF/spring.factories}.
 */
final class KelviqSecretPropertyFailureAnalyzer extends AbstractFailureAnalyzer<KelviqSecretPropertyException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KelviqSecretPropertyException cause) {
        String description = "The property " + cause.getProperty() + " is invalid: it " + cause.getReason()
                + ". Its value is not shown: it is a secret.";
        return new FailureAnalysis(description, action(cause.getProperty()), cause);
    }

    private static String action(String property) {
        switch (property) {
            case "kelviq.api-key":
                return "Set KELVIQ_API_KEY (environment) or kelviq.api-key to your Kelviq API key, as shown in the Kelviq"
                        + " dashboard, without spaces or a line break. Or set kelviq.enabled=false to run without Kelviq.";
            case "kelviq.webhooks.secret":
                return "Set kelviq.webhooks.secret (or KELVIQ_WEBHOOKS_SECRET) to the signing secret of the webhook"
                        + " endpoint (kq_whsec_..., used whole), without spaces or a line break.";
            default:
                return "Set kelviq.redis.uri to a Redis URI such as redis://[user:password@]host:6379/0 or"
                        + " rediss://... for TLS, or remove it to run without fleet mode.";
        }
    }
}
