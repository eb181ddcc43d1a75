package com.kelviq.sdk.internal.bridge

import com.kelviq.sdk.internal.PageWalker
import java.util.concurrent.CompletableFuture

/**
 * Walks the pages of a list operation one at a time for the Java flavours: each [nextPage] fetches the
 * next page and completes with its items, or with `null` once every page has been read.
 * Not thread-safe: call [nextPage] again only after the previous future completed.
 */
public class PageCursor<T> internal constructor(
    private val starter: CallStarter,
    private val cursor: PageWalker<*, T>.Cursor,
) {
    /** The items of the next page, or `null` when there are no more pages; a closed client fails the future. */
    public fun nextPage(): CompletableFuture<List<T>?> = try {
        starter.start { cursor.next() }
    } catch (e: Exception) {
        CompletableFuture.failedFuture(e)
    }
}
