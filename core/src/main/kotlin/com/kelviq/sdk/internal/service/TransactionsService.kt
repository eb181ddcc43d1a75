package com.kelviq.sdk.internal.service

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.Decoders
import com.kelviq.sdk.internal.Host
import com.kelviq.sdk.internal.KelviqTransport
import com.kelviq.sdk.internal.Method
import com.kelviq.sdk.internal.Operation
import com.kelviq.sdk.internal.PageWalker
import com.kelviq.sdk.internal.RetrySafety
import com.kelviq.sdk.model.ListTransactionsParams
import com.kelviq.sdk.model.Transaction
import com.kelviq.sdk.model.TransactionPage
import kotlinx.coroutines.flow.Flow

/** The transactions area ([com.kelviq.sdk.KelviqOperation.TRANSACTIONS_LIST], [com.kelviq.sdk.KelviqOperation.TRANSACTIONS_LIST_ALL]). */
public class TransactionsService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {
    /** [com.kelviq.sdk.KelviqOperation.TRANSACTIONS_LIST]. */
    public suspend fun list(
        params: ListTransactionsParams = ListTransactionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): TransactionPage = transport.execute(Ops.list(params), options.over(defaults))

    /** [com.kelviq.sdk.KelviqOperation.TRANSACTIONS_LIST_ALL]. */
    public fun listAll(
        params: ListTransactionsParams = ListTransactionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<Transaction> = walker(params, options).items()

    internal fun walker(params: ListTransactionsParams, options: RequestOptions): PageWalker<TransactionPage, Transaction> =
        PageWalker({ page -> list(params.withPage(page), options) }, { it.results }, { it.next != null })

    internal object Ops {
        fun list(params: ListTransactionsParams) = Operation(
            name = "transactions.list", method = Method.GET, host = Host.API, path = listOf("transaction"),
            query = params.toQuery(), safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(TransactionPage.serializer()),
        )
    }
}
