package com.kelviq.sdk.reactor

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.TransactionsService
import com.kelviq.sdk.model.ListTransactionsParams
import com.kelviq.sdk.model.Transaction
import com.kelviq.sdk.model.TransactionPage
import com.kelviq.sdk.reactor.internal.coldMono
import com.kelviq.sdk.reactor.internal.pagedFlux
import reactor.core.publisher.Flux
import reactor.core.publisher.Mono

/** The transactions area of [ReactorKelviqClient] (reads). */
public class ReactorTransactionsApi internal constructor(private val s: TransactionsService) {
    /** [KelviqOperation.TRANSACTIONS_LIST]. */
    @JvmOverloads
    public fun list(
        params: ListTransactionsParams = ListTransactionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Mono<TransactionPage> = coldMono { s.list(params, options) }

    /** [KelviqOperation.TRANSACTIONS_LIST_ALL]. */
    @JvmOverloads
    public fun listAll(
        params: ListTransactionsParams = ListTransactionsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flux<Transaction> = pagedFlux(s.listAll(params, options))
}
