package com.kelviq.sdk.errors

/**
 * A request refused by the SDK before any byte was sent, because [field] is missing or invalid.
 *
 * ```java
 * try {
 *     client.customers().retrieve(" ");
 * } catch (KelviqValidationException e) {
 *     e.getField(); // "customerId"
 * }
 * ```
 */
public class KelviqValidationException(
    /** The name of the offending field, as spelled in the params object (e.g. `customerId`, `pageSize`). */
    public val field: String,
    /** Why the value is refused, without the field name. */
    public val reason: String,
) : KelviqException("Invalid $field: $reason")
