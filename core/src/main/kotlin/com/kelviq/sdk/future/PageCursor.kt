package com.kelviq.sdk.future

import com.kelviq.sdk.internal.PageWalker
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.future.future
import java.util.concurrent.CompletableFuture

/**
 * Walks the pages of a list operation one at a time: each [nextPage] fetches the next page
 * and completes with its items, or with `null` once every page has been read.
 *
 * Not thread-safe: call [nextPage] again only after the previous future completed.
 */
public class PageCursor<T> internal constructor(
    private val scope: CoroutineScope,
    private val cursor: PageWalker<*, T>.Cursor,
) {
    /** The items of the next page, or `null` when there are no more pages. */
    public fun nextPage(): CompletableFuture<List<T>?> = scope.future { cursor.next() }
}
