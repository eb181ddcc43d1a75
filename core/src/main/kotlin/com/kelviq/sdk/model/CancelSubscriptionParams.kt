package com.kelviq.sdk.model

import com.kelviq.sdk.errors.KelviqValidationException
import com.kelviq.sdk.internal.json.putIfSet
import com.kelviq.sdk.internal.validation.Checks
import java.time.Instant
import java.time.LocalDate
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject

/**
 * Parameters of `subscriptions().cancel`: `POST /subscriptions/{subscriptionId}/cancel/`.
 *
 * ```java
 * CancelSubscriptionParams params = CancelSubscriptionParams.builder()
 *     .subscriptionId("sub_1").cancellationType(CancellationType.SPECIFIC_DATE) // required
 *     .cancellationDate(LocalDate.of(2026, 12, 31))   // required exactly for SPECIFIC_DATE
 *     .cancellationFeedback(CancellationFeedback.TOO_EXPENSIVE)
 *     .build();
 * ```
 */
public class CancelSubscriptionParams private constructor(
    /** Which subscription to cancel (a path parameter). */
    public val subscriptionId: String,
    /** When the cancellation takes effect. */
    public val cancellationType: CancellationType,
    /** The date of a `SPECIFIC_DATE` cancellation; `null` otherwise. */
    public val cancellationDate: LocalDate?,
    /** Why the customer cancels, when set. */
    public val cancellationFeedback: CancellationFeedback?,
    /** A free-text comment, when set. */
    public val cancellationComment: String?,
) {
    internal fun toJson(): JsonObject = buildJsonObject {
        putIfSet("cancellationType", cancellationType.name)
        putIfSet("cancellationDate", cancellationDate?.toString())
        putIfSet("cancellationFeedback", cancellationFeedback?.name)
        putIfSet("cancellationComment", cancellationComment)
    }

    override fun equals(other: Any?): Boolean =
        other is CancelSubscriptionParams && other.subscriptionId == subscriptionId && other.toJson() == toJson()
    override fun hashCode(): Int = subscriptionId.hashCode() * 31 + toJson().hashCode()
    override fun toString(): String = "CancelSubscriptionParams(subscriptionId=$subscriptionId, body=${toJson()})"

    /** Builds [CancelSubscriptionParams]; [subscriptionId] and [cancellationType] are required. */
    public class Builder internal constructor() {
        private var subscriptionId: String? = null
        private var cancellationType: CancellationType? = null
        private var cancellationDate: LocalDate? = null
        private var cancellationFeedback: CancellationFeedback? = null
        private var cancellationComment: String? = null

        /** Which subscription. Required. */
        public fun subscriptionId(subscriptionId: String): Builder = apply { this.subscriptionId = subscriptionId }
        /** When the cancellation takes effect. Required. */
        public fun cancellationType(type: CancellationType): Builder = apply { this.cancellationType = type }
        /** The date, required exactly when the type is `SPECIFIC_DATE`. */
        public fun cancellationDate(date: LocalDate?): Builder = apply { this.cancellationDate = date }
        /** Why the customer cancels. */
        public fun cancellationFeedback(feedback: CancellationFeedback?): Builder = apply { this.cancellationFeedback = feedback }
        /** A free-text comment. */
        public fun cancellationComment(comment: String?): Builder = apply { this.cancellationComment = comment }

        /** Validates and builds. @throws KelviqValidationException naming the invalid field. */
        public fun build(): CancelSubscriptionParams {
            val id = Checks.id("subscriptionId", subscriptionId)
            val type = Checks.present("cancellationType", cancellationType)
            if (type == CancellationType.SPECIFIC_DATE && cancellationDate == null) {
                throw KelviqValidationException("cancellationDate", "is required when cancellationType is SPECIFIC_DATE")
            }
            if (type != CancellationType.SPECIFIC_DATE && cancellationDate != null) {
                throw KelviqValidationException("cancellationDate", "is allowed only when cancellationType is SPECIFIC_DATE, was $type")
            }
            return CancelSubscriptionParams(id, type, cancellationDate, cancellationFeedback, cancellationComment)
        }
    }

    /** Factories. */
    public companion object {
        /** A new builder. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}
