package com.kelviq.sdk.internal

import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow

/**
 * Walks numbered pages from 1 until the server reports no `next` page (or returns an empty one).
 * The next page is fetched only when the previous one has been consumed.
 */
internal class PageWalker<P, T>(
    private val fetch: suspend (page: Int) -> P,
    private val results: (P) -> List<T>,
    private val hasNext: (P) -> Boolean,
) {
    /** Every item of every page, as a cold [Flow]. */
    fun items(): Flow<T> = flow {
        var page = 1
        while (true) {
            val current = fetch(page)
            val items = results(current)
            for (item in items) emit(item)
            if (items.isEmpty() || !hasNext(current)) break
            page++
        }
    }

    /** A cursor handing out one page of items per call, `null` once exhausted. */
    fun cursor(): Cursor = Cursor()

    inner class Cursor {
        private var page = 1
        private var done = false

        suspend fun next(): List<T>? {
            if (done) return null
            val current = fetch(page)
            val items = results(current)
            if (items.isEmpty() || !hasNext(current)) done = true else page++
            return if (items.isEmpty()) null else items
        }
    }
}
