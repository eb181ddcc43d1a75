package com.kelviq.sdk.spring.autoconfigure;

/**
 * A secret {@code kelviq.*} property (the API key, the webhook secret, a Redis URI that may hold a password) is
 * missing or invalid. Unlike Boot's {@code InvalidConfigurationPropertyValueException}, whose failure analysis prints
 * the property's value from every source that holds it, neither this message nor its analysis
 * ({@link KelviqSecretPropertyFailureAnalyzer}) shows the value: only the property and what is wrong.
 */
final class KelviqSecretPropertyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String property;
    private final String reason;

    KelviqSecretPropertyException(String property, String reason) {
        super("Invalid value for " + property + " (not shown: it is a secret): " + reason, null, false, false);
        this.property = property;
        this.reason = reason;
    }

    /** The property, e.g. {@code kelviq.api-key}. */
    String getProperty() {
        return property;
    }

    /** What is wrong with it, e.g. "has whitespace at the end ...: trim it". */
    String getReason() {
        return reason;
    }

    /** Whether the refused {@code property} is one whose value must never be shown. */
    static boolean isSecret(String property) {
        return property.equals("kelviq.api-key") || property.equals("kelviq.webhooks.secret") || property.equals("kelviq.redis.uri");
    }
}
