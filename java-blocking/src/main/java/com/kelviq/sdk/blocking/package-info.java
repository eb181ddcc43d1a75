/**
 * The Kelviq API for Java: {@link com.kelviq.sdk.blocking.KelviqBlockingClient} (blocking calls) and
 * {@link com.kelviq.sdk.blocking.KelviqAsyncClient} ({@code CompletableFuture}s). Each operation's contract is
 * written once, in {@link com.kelviq.sdk.KelviqOperation}.
 *
 * <p>Every parameter and return value in this package is non-null unless annotated {@code @Nullable}
 * (JSpecify); a {@code null} where none is allowed is refused with a
 * {@link com.kelviq.sdk.errors.KelviqValidationException} naming the parameter, before anything is sent.
 */
@NullMarked
package com.kelviq.sdk.blocking;

import org.jspecify.annotations.NullMarked;
