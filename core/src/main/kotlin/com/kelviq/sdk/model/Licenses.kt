@file:OptIn(ExperimentalSerializationApi::class)

package com.kelviq.sdk.model

import com.kelviq.sdk.internal.json.FieldTextSerializer
import com.kelviq.sdk.internal.json.JavaJson
import com.kelviq.sdk.internal.json.JavaJsonMapSerializer
import com.kelviq.sdk.internal.json.WireTime
import com.kelviq.sdk.internal.json.putIfSet
import com.kelviq.sdk.internal.validation.Checks
import java.time.Instant
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject

/** Parameters of `licenses().activate`: `POST /license/activate/`. [licenseKey] is required. */
public class ActivateLicenseParams private constructor(b: Builder) {
    /** The license key. Required. */
    public val licenseKey: String = Checks.id("licenseKey", b.licenseKey)

    /** The customer the license belongs to, when set. */
    public val customerId: String? = b.customerId?.let { Checks.id("customerId", it) }

    /** A name for the activated instance (a machine, a seat), when set. */
    public val instanceName: String? = Checks.optionalText("instanceName", b.instanceName)

    /** Your JSON values kept with the activation, when set. */
    public val metadata: Map<String, Any?>? = Checks.optionalJsonMap("metadata", b.metadata)

    internal fun toJson(): JsonObject = buildJsonObject {
        putIfSet("licenseKey", licenseKey)
        putIfSet("customerId", customerId)
        putIfSet("instanceName", instanceName)
        putIfSet("metadata", metadata?.let { JavaJson.toJson(it) })
    }

    override fun equals(other: Any?): Boolean = other is ActivateLicenseParams && other.toJson() == toJson()

    override fun hashCode(): Int = toJson().hashCode()

    /** Shows everything but the license key. */
    override fun toString(): String = "ActivateLicenseParams(licenseKey=****, customerId=$customerId, instanceName=$instanceName)"

    /** Builds [ActivateLicenseParams]. */
    public class Builder internal constructor() {
        internal var licenseKey: String? = null
        internal var customerId: String? = null
        internal var instanceName: String? = null
        internal var metadata: Map<String, Any?>? = null

        /** The license key. Required. */
        public fun licenseKey(licenseKey: String): Builder = apply { this.licenseKey = licenseKey }

        /** The customer. */
        public fun customerId(customerId: String?): Builder = apply { this.customerId = customerId }

        /** A name for the instance. */
        public fun instanceName(instanceName: String?): Builder = apply { this.instanceName = instanceName }

        /** JSON values kept with the activation. */
        public fun metadata(metadata: Map<String, Any?>?): Builder = apply { this.metadata = metadata?.toMap() }

        /** Validates and builds. @throws com.kelviq.sdk.errors.KelviqValidationException naming the invalid field. */
        public fun build(): ActivateLicenseParams = ActivateLicenseParams(this)
    }

    /** Factories. */
    public companion object {
        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/** Parameters of `licenses().deactivate`: `POST /license/deactivate/`. */
public class DeactivateLicenseParams private constructor(b: Builder) {
    /** The license key. Required. */
    public val licenseKey: String = Checks.id("licenseKey", b.licenseKey)

    /** The activated instance (its `instanceId`). Required. */
    public val instanceId: String = Checks.id("instanceId", b.instanceId)

    internal fun toJson(): JsonObject = buildJsonObject {
        putIfSet("licenseKey", licenseKey)
        putIfSet("instanceId", instanceId)
    }

    override fun equals(other: Any?): Boolean = other is DeactivateLicenseParams && other.toJson() == toJson()

    override fun hashCode(): Int = toJson().hashCode()

    /** Shows the instance, not the license key. */
    override fun toString(): String = "DeactivateLicenseParams(licenseKey=****, instanceId=$instanceId)"

    /** Builds [DeactivateLicenseParams]. */
    public class Builder internal constructor() {
        internal var licenseKey: String? = null
        internal var instanceId: String? = null

        /** The license key. Required. */
        public fun licenseKey(licenseKey: String): Builder = apply { this.licenseKey = licenseKey }

        /** The activated instance (its `instanceId`). Required. */
        public fun instanceId(instanceId: String): Builder = apply { this.instanceId = instanceId }

        /** Validates and builds. @throws com.kelviq.sdk.errors.KelviqValidationException naming the invalid field. */
        public fun build(): DeactivateLicenseParams = DeactivateLicenseParams(this)
    }

    /** Factories. */
    public companion object {
        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/** Parameters of `licenses().validate`: `POST /license/validate/`. */
public class ValidateLicenseParams private constructor(b: Builder) {
    /** The license key. Required. */
    public val licenseKey: String = Checks.id("licenseKey", b.licenseKey)

    /** The activated instance to check (its `instanceId`), when set. */
    public val instanceId: String? = b.instanceId?.let { Checks.id("instanceId", it) }

    internal fun toJson(): JsonObject = buildJsonObject {
        putIfSet("licenseKey", licenseKey)
        putIfSet("instanceId", instanceId)
    }

    override fun equals(other: Any?): Boolean = other is ValidateLicenseParams && other.toJson() == toJson()

    override fun hashCode(): Int = toJson().hashCode()

    /** Shows the instance, not the license key. */
    override fun toString(): String = "ValidateLicenseParams(licenseKey=****, instanceId=$instanceId)"

    /** Builds [ValidateLicenseParams]. */
    public class Builder internal constructor() {
        internal var licenseKey: String? = null
        internal var instanceId: String? = null

        /** The license key. Required. */
        public fun licenseKey(licenseKey: String): Builder = apply { this.licenseKey = licenseKey }

        /** The activated instance to check (its `instanceId`), when set. */
        public fun instanceId(instanceId: String?): Builder = apply { this.instanceId = instanceId }

        /** Validates and builds. @throws com.kelviq.sdk.errors.KelviqValidationException naming the invalid field. */
        public fun build(): ValidateLicenseParams = ValidateLicenseParams(this)
    }

    /** Factories. */
    public companion object {
        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}

/** The answer to an activation: the new instance. Immutable; equal when every field is. */
@Serializable
public class LicenseActivation internal constructor(
    /** The activated instance's id: keep it to deactivate or validate this instance. */
    public val instanceId: String,
    /** When it was activated: the text as sent, or `null` (typed: [activatedAt]). */
    @SerialName("activatedAt") @Serializable(with = FieldTextSerializer::class) public val activatedAtText: String? = null,
    /** When the license expires, or `null` for never: the text as sent, or `null` (typed: [expiresOn]). */
    @SerialName("expiresOn") @Serializable(with = FieldTextSerializer::class) public val expiresOnText: String? = null,
    /** The license (`id`, `activationUsage`, `activationLimit`, `enabled`, `customer`, `plan`, ...) as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val license: Map<String, Any?> = emptyMap(),
) {
    /** When it was activated, read from [activatedAtText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val activatedAt: Instant? = WireTime.instantOrNull(activatedAtText)
    /** When the license expires, or `null` for never, read from [expiresOnText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val expiresOn: Instant? = WireTime.instantOrNull(expiresOnText)

    override fun equals(other: Any?): Boolean = this === other || other is LicenseActivation && instanceId == other.instanceId &&
        activatedAt == other.activatedAt && expiresOn == other.expiresOn && license == other.license

    override fun hashCode(): Int = listOf(instanceId, activatedAt, expiresOn, license).hashCode()

    override fun toString(): String = "LicenseActivation(instanceId=$instanceId, activatedAt=$activatedAt, expiresOn=$expiresOn)"

    internal companion object
}

/** The answer to a deactivation. Immutable; equal when every field is. */
@Serializable
public class LicenseDeactivation internal constructor(
    /** The server's message, or `null`. */
    public val message: String? = null,
    /** When the instance was deactivated: the text as sent, or `null` (typed: [deactivatedAt]). */
    @SerialName("deactivatedAt") @Serializable(with = FieldTextSerializer::class) public val deactivatedAtText: String? = null,
) {
    /** When the instance was deactivated, read from [deactivatedAtText]: `null` when absent or not a date-time (the text is kept). */
    @Transient public val deactivatedAt: Instant? = WireTime.instantOrNull(deactivatedAtText)

    override fun equals(other: Any?): Boolean =
        this === other || other is LicenseDeactivation && message == other.message && deactivatedAt == other.deactivatedAt

    override fun hashCode(): Int = listOf(message, deactivatedAt).hashCode()

    override fun toString(): String = "LicenseDeactivation(message=$message, deactivatedAt=$deactivatedAt)"

    internal companion object
}

/** The answer to a validation. Immutable; equal when every field is. */
@Serializable
public class LicenseValidation internal constructor(
    /** Whether the license (and the instance, when given) is valid now. */
    public val valid: Boolean = false,
    /** A code saying why, as sent, or `null`. */
    public val code: String? = null,
    /** A human-readable detail, or `null`. */
    public val detail: String? = null,
    /** The activation's metadata as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val metadata: Map<String, Any?> = emptyMap(),
    /** The license as plain JSON values. */
    @Serializable(with = JavaJsonMapSerializer::class) public val license: Map<String, Any?> = emptyMap(),
) {
    override fun equals(other: Any?): Boolean = this === other || other is LicenseValidation && valid == other.valid &&
        code == other.code && detail == other.detail && metadata == other.metadata && license == other.license

    override fun hashCode(): Int = listOf(valid, code, detail, metadata, license).hashCode()

    override fun toString(): String = "LicenseValidation(valid=$valid, code=$code, detail=$detail)"

    internal companion object
}
