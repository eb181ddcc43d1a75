package com.kelviq.sdk.spring.autoconfigure;

import com.kelviq.sdk.Environment;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code kelviq.*} properties of a Spring Boot application. Every setting left unset keeps the SDK's default
 * (named on each property); the environment variable {@code KELVIQ_API_KEY} sets {@code kelviq.api-key} through
 * Spring's relaxed binding. Invalid values fail the application's startup with the property named.
 */
@ConfigurationProperties(prefix = "kelviq")
public class KelviqProperties {
    /** Whether to create the Kelviq clients at all. */
    private boolean enabled = true;

    /** The server-side API key (required). Never logged. */
    private String apiKey;

    /** Which Kelviq deployment to call; default production. */
    private Environment environment;

    /** Replaces the environment's API base URL (https, or http on loopback with allow-insecure-http). */
    private String baseUrl;

    /** Replaces the environment's edge (entitlements) base URL. */
    private String edgeUrl;

    /** Timeout of one attempt of a call; default 10s. */
    private Duration timeout;

    /** Timeout of opening a connection; default 10s. */
    private Duration connectTimeout;

    /** Time limit of a whole call, retries and waits included; default 2m. */
    private Duration callTimeout;

    /** Extra attempts of a call that failed in a retryable way; default 2. */
    private Integer maxRetries;

    /** Allows http:// base URLs on loopback addresses (tests against a local server); default false. */
    private boolean allowInsecureHttp;

    /** The entitlement cache. */
    private final Cache cache = new Cache();

    /** The background usage reporter. */
    private final Reporter reporter = new Reporter();

    /** The webhook endpoint. */
    private final Webhooks webhooks = new Webhooks();

    /** Fleet mode on Redis (needs kelviq-sdk-redis on the classpath). */
    private final Redis redis = new Redis();

    /** The {@code kelviq} health indicator. */
    private final Health health = new Health();

    /** @return whether the clients are created */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether the clients are created */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** @return the API key */
    public String getApiKey() {
        return apiKey;
    }

    /** @param apiKey the API key */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    /** @return the environment, {@code null} for the SDK's default */
    public Environment getEnvironment() {
        return environment;
    }

    /** @param environment the environment */
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    /** @return the API base URL override */
    public String getBaseUrl() {
        return baseUrl;
    }

    /** @param baseUrl the API base URL override */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** @return the edge base URL override */
    public String getEdgeUrl() {
        return edgeUrl;
    }

    /** @param edgeUrl the edge base URL override */
    public void setEdgeUrl(String edgeUrl) {
        this.edgeUrl = edgeUrl;
    }

    /** @return the per-attempt timeout */
    public Duration getTimeout() {
        return timeout;
    }

    /** @param timeout the per-attempt timeout */
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** @return the connect timeout */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /** @param connectTimeout the connect timeout */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** @return the whole-call timeout */
    public Duration getCallTimeout() {
        return callTimeout;
    }

    /** @param callTimeout the whole-call timeout */
    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    /** @return the retry count */
    public Integer getMaxRetries() {
        return maxRetries;
    }

    /** @param maxRetries the retry count */
    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    /** @return whether http:// on loopback is allowed */
    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    /** @param allowInsecureHttp whether http:// on loopback is allowed */
    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    /** @return the cache settings */
    public Cache getCache() {
        return cache;
    }

    /** @return the reporter settings */
    public Reporter getReporter() {
        return reporter;
    }

    /** @return the webhook settings */
    public Webhooks getWebhooks() {
        return webhooks;
    }

    /** @return the fleet-mode settings */
    public Redis getRedis() {
        return redis;
    }

    /** @return the health-indicator settings */
    public Health getHealth() {
        return health;
    }

    /** Never shows the API key or the webhook secret. */
    @Override
    public String toString() {
        return "KelviqProperties(enabled=" + enabled + ", environment=" + environment + ", baseUrl=" + baseUrl + ")";
    }

    /** {@code kelviq.cache.*}: the entitlement cache. */
    public static class Cache {
        /** Whether entitlement checks are cached in memory; default true. */
        private Boolean enabled;

        /** How long a customer's entitlements are fresh; default 60s. */
        private Duration ttl;

        /** How many customers are kept; default 100000. */
        private Integer maxCustomers;

        /** How long past the TTL an entry may still be served when the API fails; default 1h. */
        private Duration maxStaleness;

        /** @return whether the cache is on */
        public Boolean getEnabled() {
            return enabled;
        }

        /** @param enabled whether the cache is on */
        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the TTL */
        public Duration getTtl() {
            return ttl;
        }

        /** @param ttl the TTL */
        public void setTtl(Duration ttl) {
            this.ttl = ttl;
        }

        /** @return the customer bound */
        public Integer getMaxCustomers() {
            return maxCustomers;
        }

        /** @param maxCustomers the customer bound */
        public void setMaxCustomers(Integer maxCustomers) {
            this.maxCustomers = maxCustomers;
        }

        /** @return the stale-if-error window */
        public Duration getMaxStaleness() {
            return maxStaleness;
        }

        /** @param maxStaleness the stale-if-error window */
        public void setMaxStaleness(Duration maxStaleness) {
            this.maxStaleness = maxStaleness;
        }
    }

    /** {@code kelviq.reporter.*}: the background usage reporter. */
    public static class Reporter {
        /** How many reports may wait in memory; default 10000. */
        private Integer queueCapacity;

        /** How many reports are sent at once; default 4. */
        private Integer senders;

        /** How long an enqueue waits for room in a full queue; default 0 (refused at once). */
        private Duration enqueueTimeout;

        /** How long shutdown waits for queued reports to be sent; what is left goes to the failure handler; default 5s. */
        private Duration closeTimeout;

        /** @return the queue capacity */
        public Integer getQueueCapacity() {
            return queueCapacity;
        }

        /** @param queueCapacity the queue capacity */
        public void setQueueCapacity(Integer queueCapacity) {
            this.queueCapacity = queueCapacity;
        }

        /** @return the sender count */
        public Integer getSenders() {
            return senders;
        }

        /** @param senders the sender count */
        public void setSenders(Integer senders) {
            this.senders = senders;
        }

        /** @return the enqueue wait */
        public Duration getEnqueueTimeout() {
            return enqueueTimeout;
        }

        /** @param enqueueTimeout the enqueue wait */
        public void setEnqueueTimeout(Duration enqueueTimeout) {
            this.enqueueTimeout = enqueueTimeout;
        }

        /** @return the shutdown drain time */
        public Duration getCloseTimeout() {
            return closeTimeout;
        }

        /** @param closeTimeout the shutdown drain time */
        public void setCloseTimeout(Duration closeTimeout) {
            this.closeTimeout = closeTimeout;
        }
    }

    /** {@code kelviq.webhooks.*}: the endpoint that receives Kelviq's webhook deliveries. */
    public static class Webhooks {
        /** The endpoint's signing secret; setting it registers the endpoint. Never logged. */
        private String secret;

        /** The path the endpoint answers POST on. */
        private String path = "/kelviq/webhooks";

        /** @return the signing secret */
        public String getSecret() {
            return secret;
        }

        /** @param secret the signing secret */
        public void setSecret(String secret) {
            this.secret = secret;
        }

        /** @return the endpoint path */
        public String getPath() {
            return path;
        }

        /** @param path the endpoint path */
        public void setPath(String path) {
            this.path = path;
        }
    }

    /** {@code kelviq.redis.*}: fleet mode, switched on by {@code kelviq.redis.uri}. */
    public static class Redis {
        /** Where Redis is: redis://[:password@]host:port[/db], or rediss:// for TLS. Never logged. */
        private String uri;

        /** The key prefix instances of one fleet share; default kelviq. */
        private String prefix;

        /** How long one Redis command may take before the SDK goes on without Redis; default 100ms. */
        private Duration operationTimeout;

        /** @return the Redis URI */
        public String getUri() {
            return uri;
        }

        /** @param uri the Redis URI */
        public void setUri(String uri) {
            this.uri = uri;
        }

        /** @return the key prefix */
        public String getPrefix() {
            return prefix;
        }

        /** @param prefix the key prefix */
        public void setPrefix(String prefix) {
            this.prefix = prefix;
        }

        /** @return the Redis command timeout */
        public Duration getOperationTimeout() {
            return operationTimeout;
        }

        /** @param operationTimeout the Redis command timeout */
        public void setOperationTimeout(Duration operationTimeout) {
            this.operationTimeout = operationTimeout;
        }
    }

    /** {@code kelviq.health.*}: the {@code kelviq} health indicator (switched off by management.health.kelviq.enabled=false). */
    public static class Health {
        /** How long one probe of the edge answers health checks before the next probe. */
        private Duration cacheFor = Duration.ofSeconds(30);

        /** The customer id whose entitlements the health probe reads (its requests show at Kelviq under this id). */
        private String probeCustomerId = "kelviq-sdk-health-probe";

        /** @return how long a probe is reused */
        public Duration getCacheFor() {
            return cacheFor;
        }

        /** @param cacheFor how long a probe is reused */
        public void setCacheFor(Duration cacheFor) {
            this.cacheFor = cacheFor;
        }

        /** @return the customer id the probe reads entitlements of */
        public String getProbeCustomerId() {
            return probeCustomerId;
        }

        /** @param probeCustomerId the customer id the probe reads entitlements of */
        public void setProbeCustomerId(String probeCustomerId) {
            this.probeCustomerId = probeCustomerId;
        }
    }
}
