package com.kelviq.sdk.internal.service

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.PageWalker
import com.kelviq.sdk.internal.json.Decoders
import com.kelviq.sdk.internal.transport.KelviqTransport
import com.kelviq.sdk.internal.transport.Operation
import com.kelviq.sdk.model.ListTransactionsParams
import com.kelviq.sdk.model.Transaction
import com.kelviq.sdk.model.TransactionPage
import kotlinx.coroutines.flow.Flow

/** The transactions area ([KelviqOperation.TRANSACTIONS_LIST], [KelviqOperation.TRANSACTIONS_LIST_ALL]). */
public class TransactionsService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {
    /** [KelviqOperation.TRANSACTIONS_LIST]. */
    public suspend fun list(
        params: ListTransactionsParams = ListTransactionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): TransactionPage = transport.execute(Ops.list(params), options.over(defaults))

    /** [KelviqOperation.TRANSACTIONS_LIST_ALL]. */
    public fun listAll(
        params: ListTransactionsParams = ListTransactionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<Transaction> = walker(params, options).items()

    internal fun walker(params: ListTransactionsParams, options: RequestOptions): PageWalker<TransactionPage, Transaction> =
        PageWalker({ page -> list(params.withPage(page), options) }, { it.results }, { it.next != null })

    internal object Ops {
        fun list(params: ListTransactionsParams) = Operation(
            KelviqOperation.TRANSACTIONS_LIST,
            query = params.toQuery(),
            decoder = Decoders.json(TransactionPage.serializer()),
        )
    }
}
