package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.TransactionsService
import com.kelviq.sdk.model.ListTransactionsParams
import com.kelviq.sdk.model.Transaction
import com.kelviq.sdk.model.TransactionPage
import kotlinx.coroutines.flow.Flow

/** The transactions area of [KelviqClient] (reads). */
public class TransactionsApi internal constructor(private val service: TransactionsService) {
    /** [KelviqOperation.TRANSACTIONS_LIST]. */
    public suspend fun list(
        params: ListTransactionsParams = ListTransactionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): TransactionPage = service.list(params, options)

    /** [KelviqOperation.TRANSACTIONS_LIST_ALL]. */
    public fun listAll(
        params: ListTransactionsParams = ListTransactionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<Transaction> = service.listAll(params, options)
}
