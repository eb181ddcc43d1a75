package com.kelviq.sdk.blocking;

import com.kelviq.sdk.ConnectionConfig;
import com.kelviq.sdk.EntitlementCacheConfig;
import com.kelviq.sdk.Environment;
import com.kelviq.sdk.KelviqConfig;
import com.kelviq.sdk.ReporterConfig;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link KelviqBlockingClient}; the setters are those of {@link KelviqConfig.Builder}.
 */
public final class KelviqBlockingClientBuilder {
    private final KelviqConfig.Builder config = KelviqConfig.builder();

    KelviqBlockingClientBuilder() {
    }

    /** {@link KelviqConfig.Builder#apiKey(String)}; returns this builder. */
    public KelviqBlockingClientBuilder apiKey(String apiKey) {
        config.apiKey(apiKey);
        return this;
    }

    /** {@link KelviqConfig.Builder#environment(Environment)}; returns this builder. */
    public KelviqBlockingClientBuilder environment(Environment environment) {
        config.environment(environment);
        return this;
    }

    /** {@link KelviqConfig.Builder#baseUrl(String)}; returns this builder. */
    public KelviqBlockingClientBuilder baseUrl(@Nullable String baseUrl) {
        config.baseUrl(baseUrl);
        return this;
    }

    /** {@link KelviqConfig.Builder#edgeUrl(String)}; returns this builder. */
    public KelviqBlockingClientBuilder edgeUrl(@Nullable String edgeUrl) {
        config.edgeUrl(edgeUrl);
        return this;
    }

    /** {@link KelviqConfig.Builder#apiVersion(String)}; returns this builder. */
    public KelviqBlockingClientBuilder apiVersion(String apiVersion) {
        config.apiVersion(apiVersion);
        return this;
    }

    /** {@link KelviqConfig.Builder#timeout(Duration)}; returns this builder. */
    public KelviqBlockingClientBuilder timeout(Duration timeout) {
        config.timeout(timeout);
        return this;
    }

    /** {@link KelviqConfig.Builder#connectTimeout(Duration)}; returns this builder. */
    public KelviqBlockingClientBuilder connectTimeout(Duration connectTimeout) {
        config.connectTimeout(connectTimeout);
        return this;
    }

    /** {@link KelviqConfig.Builder#maxRetries(int)}; returns this builder. */
    public KelviqBlockingClientBuilder maxRetries(int maxRetries) {
        config.maxRetries(maxRetries);
        return this;
    }

    /** {@link KelviqConfig.Builder#allowInsecureHttp(boolean)}; returns this builder. */
    public KelviqBlockingClientBuilder allowInsecureHttp(boolean allowInsecureHttp) {
        config.allowInsecureHttp(allowInsecureHttp);
        return this;
    }

    /** {@link KelviqConfig.Builder#callTimeout(Duration)}; returns this builder. */
    public KelviqBlockingClientBuilder callTimeout(Duration callTimeout) {
        config.callTimeout(callTimeout);
        return this;
    }

    /** {@link KelviqConfig.Builder#entitlementCache(EntitlementCacheConfig)}; returns this builder. */
    public KelviqBlockingClientBuilder entitlementCache(EntitlementCacheConfig entitlementCache) {
        config.entitlementCache(entitlementCache);
        return this;
    }

    /** {@link KelviqConfig.Builder#reporter(ReporterConfig)}; returns this builder. */
    public KelviqBlockingClientBuilder reporter(ReporterConfig reporter) {
        config.reporter(reporter);
        return this;
    }

    /** {@link KelviqConfig.Builder#connection(ConnectionConfig)}; returns this builder. */
    public KelviqBlockingClientBuilder connection(ConnectionConfig connection) {
        config.connection(connection);
        return this;
    }

    /**
     * Checks the settings and builds the client.
     *
     * @return a new client, to {@link KelviqBlockingClient#close()} when done
     * @throws com.kelviq.sdk.errors.KelviqValidationException naming the field when a setting is
     *     missing or invalid
     */
    public KelviqBlockingClient build() {
        return KelviqBlockingClient.create(config.build());
    }

    /** Shows the settings, never the API key. */
    @Override
    public String toString() {
        return "KelviqBlockingClientBuilder(" + config + ")";
    }
}
