package com.kelviq.sdk

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.runtime.EnvSettings
import com.kelviq.sdk.internal.transport.KnownHosts
import com.kelviq.sdk.internal.validation.Bounds
import com.kelviq.sdk.internal.validation.Checks
import java.time.Duration

/**
 * Immutable settings of a Kelviq client: API key, environment, hosts, API version,
 * timeouts, retries, the entitlement cache ([entitlementCache]) and the background reporter ([reporter]).
 *
 * From Java:
 * ```java
 * KelviqConfig config = KelviqConfig.builder()
 *     .apiKey(System.getenv("KELVIQ_API_KEY"))
 *     .environment(Environment.SANDBOX)
 *     .timeout(Duration.ofSeconds(5))
 *     .build();
 * ```
 * From Kotlin:
 * ```kotlin
 * val config = KelviqConfig {
 *     apiKey = System.getenv("KELVIQ_API_KEY")
 *     environment = Environment.SANDBOX
 * }
 * ```
 * `toString()` never shows the API key.
 */
public class KelviqConfig private constructor(builder: Builder) {
    /** The Server API key, sent as `Authorization: Bearer {apiKey}`. Never printed. */
    public val apiKey: String = builder.apiKey!!

    /** The environment whose hosts are used unless [baseUrl] or [edgeUrl] override them. */
    public val environment: Environment = builder.environment

    /** The API base URL in use (the override, or the environment's), without trailing slash. */
    public val baseUrl: String = builder.resolvedBaseUrl

    /** The edge base URL in use for entitlements (the override, or the environment's), without trailing slash. */
    public val edgeUrl: String = builder.resolvedEdgeUrl

    /** The API version path segment, `v1` by default. */
    public val apiVersion: String = builder.apiVersion

    /** The total time allowed for one attempt of a request, 10 s by default. */
    public val timeout: Duration = builder.timeout

    /** The time allowed to establish a connection, 10 s by default. */
    public val connectTimeout: Duration = builder.connectTimeout

    /** How many extra attempts a failed request may get (0 disables retries), 2 by default. */
    public val maxRetries: Int = builder.maxRetries

    /**
     * The bound on a whole call, every attempt and every wait between attempts included, 2 min by default.
     * A call still unfinished then fails with [com.kelviq.sdk.errors.KelviqTimeoutException].
     */
    public val callTimeout: Duration = builder.callTimeout

    /** Whether plain `http://` URLs to hosts other than loopback are allowed. `false` by default. */
    public val allowInsecureHttp: Boolean = builder.allowInsecureHttp

    /** The entitlement cache settings; enabled with a 60 s freshness window by default. */
    public val entitlementCache: EntitlementCacheConfig = builder.entitlementCache

    /** The background reporter settings (`reporting.enqueueUsage`, `enqueueEvent`). */
    public val reporter: ReporterConfig = builder.reporter

    /** The store shared with the other instances of the service (fleet mode), or `null`: see [Fleet]. */
    public val fleet: Fleet? = builder.fleet

    /** How the SDK connects: engine, connection bound, idle timeout, proxy, TLS trust. */
    public val connection: ConnectionConfig = builder.connection

    /**
     * The webhook endpoint's signing secret (`kq_whsec_...`), or `null`: with it, the clients' `webhooks()`
     * verify and handle deliveries. Never printed.
     */
    public val webhookSecret: String? = builder.webhookSecret

    /** A builder pre-filled with this configuration's values, to derive a changed copy. */
    public fun toBuilder(): Builder = Builder().also {
        it.apiKey = apiKey
        it.environment = environment
        // Only overrides are carried over, so that a changed environment brings its own hosts.
        val overridden = baseUrl != environment.apiBaseUrl || edgeUrl != environment.edgeBaseUrl
        it.baseUrl = baseUrl.takeIf { overridden }
        it.edgeUrl = edgeUrl.takeIf { overridden }
        it.apiVersion = apiVersion
        it.timeout = timeout
        it.connectTimeout = connectTimeout
        it.maxRetries = maxRetries
        it.callTimeout = callTimeout
        it.allowInsecureHttp = allowInsecureHttp
        it.entitlementCache = entitlementCache
        it.reporter = reporter
        it.fleet = fleet
        it.connection = connection
        it.webhookSecret = webhookSecret
    }

    /** Shows every setting except the API key, which is redacted. */
    override fun toString(): String =
        "KelviqConfig(apiKey=****, environment=$environment, baseUrl=$baseUrl, edgeUrl=$edgeUrl, " +
            "apiVersion=$apiVersion, timeout=$timeout, connectTimeout=$connectTimeout, maxRetries=$maxRetries, callTimeout=$callTimeout, " +
            "allowInsecureHttp=$allowInsecureHttp, entitlementCache=$entitlementCache, reporter=$reporter, fleet=${fleet ?: "none"}, connection=$connection, " +
            "webhookSecret=${if (webhookSecret == null) "none" else "****"})"

    /**
     * Builds a [KelviqConfig]. Only [apiKey] is required.
     *
     * Usable fluently from Java (`builder().apiKey("..").build()`) and as a DSL from Kotlin
     * (`KelviqConfig { apiKey = ".." }`).
     */
    public class Builder internal constructor() {
        /** The Server API key. Required, not blank. */
        public var apiKey: String? = null

        /** The environment, [Environment.PRODUCTION] by default. */
        public var environment: Environment = Environment.PRODUCTION

        /**
         * Overrides the environment's API base URL (a trailing slash is trimmed). Override [edgeUrl] with it,
         * unless it is a Kelviq or legacy ParityDeals API host (its edge host is then implied).
         */
        public var baseUrl: String? = null

        /** Overrides the environment's edge base URL (a trailing slash is trimmed); see [baseUrl]. */
        public var edgeUrl: String? = null

        /** The API version, `v1` by default. */
        public var apiVersion: String = "v1"

        /** The total time allowed for one attempt of a request, 10 s by default. */
        public var timeout: Duration = Duration.ofSeconds(10)

        /** The time allowed to connect, 10 s by default. */
        public var connectTimeout: Duration = Duration.ofSeconds(10)

        /** Extra attempts after a failure whose retry is safe, 2 by default. */
        public var maxRetries: Int = 2

        /** The bound on a whole call including retries, 2 min by default. */
        public var callTimeout: Duration = Duration.ofMinutes(2)

        /** Allows plain `http://` to non-loopback hosts (the key would travel in clear). `false` by default. */
        public var allowInsecureHttp: Boolean = false

        /** The entitlement cache settings, [EntitlementCacheConfig.DEFAULT] by default. */
        public var entitlementCache: EntitlementCacheConfig = EntitlementCacheConfig.DEFAULT

        /** The background reporter settings, [ReporterConfig.DEFAULT] by default. */
        public var reporter: ReporterConfig = ReporterConfig.DEFAULT

        /** The fleet store, none by default. */
        public var fleet: Fleet? = null

        /** The connection settings, [ConnectionConfig.DEFAULT] by default. */
        public var connection: ConnectionConfig = ConnectionConfig.DEFAULT

        /** The webhook signing secret, `null` (no webhook handling) by default. */
        public var webhookSecret: String? = null

        /** Sets [apiKey]. */
        public fun apiKey(apiKey: String): Builder = apply { this.apiKey = apiKey }

        /** Sets [environment]. */
        public fun environment(environment: Environment): Builder = apply { this.environment = environment }

        /** Sets [baseUrl]. */
        public fun baseUrl(baseUrl: String?): Builder = apply { this.baseUrl = baseUrl }

        /** Sets [edgeUrl]. */
        public fun edgeUrl(edgeUrl: String?): Builder = apply { this.edgeUrl = edgeUrl }

        /** Sets [apiVersion]. */
        public fun apiVersion(apiVersion: String): Builder = apply { this.apiVersion = apiVersion }

        /** Sets [timeout]. */
        public fun timeout(timeout: Duration): Builder = apply { this.timeout = timeout }

        /** Sets [connectTimeout]. */
        public fun connectTimeout(connectTimeout: Duration): Builder = apply { this.connectTimeout = connectTimeout }

        /** Sets [maxRetries]. */
        public fun maxRetries(maxRetries: Int): Builder = apply { this.maxRetries = maxRetries }

        /** Sets [callTimeout]. */
        public fun callTimeout(callTimeout: Duration): Builder = apply { this.callTimeout = callTimeout }

        /** Sets [allowInsecureHttp]. */
        public fun allowInsecureHttp(allowInsecureHttp: Boolean): Builder =
            apply { this.allowInsecureHttp = allowInsecureHttp }

        /** Sets [entitlementCache]; [EntitlementCacheConfig.DISABLED] turns caching off. */
        public fun entitlementCache(entitlementCache: EntitlementCacheConfig): Builder =
            apply { this.entitlementCache = entitlementCache }

        /** Sets [reporter]. */
        public fun reporter(reporter: ReporterConfig): Builder = apply { this.reporter = reporter }

        /** Sets [fleet] (`RedisFleet.create(uri)`); `null` turns fleet mode off. */
        public fun fleet(fleet: Fleet?): Builder = apply { this.fleet = fleet }

        /** Sets [connection]. */
        public fun connection(connection: ConnectionConfig): Builder = apply { this.connection = connection }

        /** Sets [webhookSecret]. */
        public fun webhookSecret(webhookSecret: String?): Builder = apply { this.webhookSecret = webhookSecret }

        /**
         * Checks the settings and builds the configuration.
         *
         * @throws KelviqValidationException naming the field when a setting is missing or invalid.
         */
        public fun build(): KelviqConfig = try {
            check()
            KelviqConfig(this)
        } catch (e: KelviqValidationException) {
            throw EnvSettings.withVariable(e, settingsFromEnv, fromEnvironment)
        }

        internal var fromEnvironment = false
        internal val settingsFromEnv = mutableSetOf<String>()
        internal var resolvedBaseUrl = ""
        internal var resolvedEdgeUrl = ""

        private fun check() {
            requireSet("environment", environment)
            requireSet("apiVersion", apiVersion)
            requireSet("timeout", timeout)
            requireSet("connectTimeout", connectTimeout)
            requireSet("callTimeout", callTimeout)
            val key = apiKey
            if (key == null) throw KelviqValidationException("apiKey", "is required and must not be blank")
            // A key that cannot be told apart from ordinary text could not be redacted from messages and logs safely.
            Checks.credentialProblem(key)?.let { throw KelviqValidationException("apiKey", it) }
            if (key.any { it.code !in 0x21..0x7E }) throw KelviqValidationException("apiKey", "must be printable ASCII (it is sent in a header)")
            if (key.length < MIN_API_KEY_LENGTH) {
                throw KelviqValidationException("apiKey", "is too short to be a Kelviq API key (${key.length} characters; at least $MIN_API_KEY_LENGTH)")
            }
            if (apiVersion.isBlank() || apiVersion.any { it == '/' || it.isWhitespace() || it.isISOControl() }) {
                throw KelviqValidationException("apiVersion", "must be a single path segment such as v1")
            }
            Bounds.positive("timeout", timeout, Bounds.MAX_TIMEOUT)
            Bounds.positive("connectTimeout", connectTimeout, Bounds.MAX_TIMEOUT)
            Bounds.positive("callTimeout", callTimeout, Bounds.MAX_TIMEOUT)
            Bounds.count("maxRetries", maxRetries, 0, Bounds.MAX_RETRIES)
            requireSet("entitlementCache", entitlementCache)
            requireSet("reporter", reporter)
            requireSet("connection", connection)
            webhookSecret?.let { Checks.secret("webhookSecret", it) }
            KnownHosts.resolve(environment, baseUrl, edgeUrl, allowInsecureHttp).let { (base, edge) ->
                resolvedBaseUrl = base
                resolvedEdgeUrl = edge
            }
        }

        private fun requireSet(field: String, value: Any?) {
            if (value == null) throw KelviqValidationException(field, "must not be null")
        }

        override fun toString(): String = "KelviqConfig.Builder(apiKey=****, environment=$environment)"
    }

    /** Factories. */
    public companion object {
        /** The shortest API key accepted: shorter ones could not be redacted from text safely. */
        public const val MIN_API_KEY_LENGTH: Int = 8

        /** A new, empty [Builder]. */
        @JvmStatic
        public fun builder(): Builder = Builder()

        /**
         * A configuration read from the environment variables `KELVIQ_API_KEY` (required),
         * `KELVIQ_ENVIRONMENT` (`production`, `sandbox` or `staging`; case-insensitive), `KELVIQ_BASE_URL`,
         * `KELVIQ_EDGE_URL`, `KELVIQ_TIMEOUT`, `KELVIQ_CONNECT_TIMEOUT`, `KELVIQ_CALL_TIMEOUT` (durations:
         * `5s`, `500ms`, `2m`, ISO-8601 `PT5S`, or a bare number of seconds), `KELVIQ_MAX_RETRIES` and `KELVIQ_WEBHOOK_SECRET`. Unset or
         * blank variables leave the default.
         *
         * @throws KelviqValidationException naming the setting and its variable when a value is missing or invalid.
         */
        @JvmStatic
        public fun fromEnv(): KelviqConfig = fromEnv(System::getenv)

        /** Like [fromEnv], reading the variables from [variables] (a secret store's, a test's) instead of the process environment. */
        @JvmStatic
        public fun fromEnv(variables: Map<String, String>): KelviqConfig = fromEnv { variables[it] }

        /** Like [fromEnv], reading variables through [lookup] instead of the process environment. */
        @JvmSynthetic
        public fun fromEnv(lookup: (String) -> String?): KelviqConfig = builderFromEnv(lookup).build()

        /** A [Builder] pre-filled from the environment variables, to adjust before building. */
        @JvmStatic
        public fun builderFromEnv(): Builder = builderFromEnv(System::getenv)

        @JvmSynthetic
        internal fun builderFromEnv(lookup: (String) -> String?): Builder = Builder().also { EnvSettings.apply(it, lookup) }
    }
}

/**
 * Builds a [KelviqConfig] with a Kotlin DSL:
 * ```kotlin
 * val config = KelviqConfig { apiKey = "sk_..."; environment = Environment.SANDBOX }
 * ```
 */
@JvmSynthetic
public fun KelviqConfig(block: KelviqConfig.Builder.() -> Unit): KelviqConfig =
    KelviqConfig.builder().apply(block).build()
