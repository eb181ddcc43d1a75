package com.kelviq.sdk.webhooks

import com.kelviq.sdk.errors.KelviqException

/**
 * A webhook delivery was refused: [reason] says what failed. The message names the header or the check, never
 * the secret or a signature.
 */
public class WebhookVerificationException internal constructor(
    /** What failed. */
    public val reason: Reason,
    message: String,
) : KelviqException(message) {
    /** What a refused delivery lacked. */
    public enum class Reason {
        /** `webhook-id`, `webhook-timestamp` or `webhook-signature` is absent or blank. */
        MISSING_HEADER,

        /** A header is not in the documented form (`webhook-timestamp` not Unix seconds, no `v1,` signature). */
        MALFORMED_HEADER,

        /** `webhook-timestamp` is further from now than the tolerance (300 s by default), in either direction. */
        TIMESTAMP_OUT_OF_TOLERANCE,

        /** No signature in `webhook-signature` matches the payload and the secret. */
        NO_MATCHING_SIGNATURE,

        /** The signature matched but the payload is not the documented JSON event. */
        MALFORMED_PAYLOAD,
    }
}
