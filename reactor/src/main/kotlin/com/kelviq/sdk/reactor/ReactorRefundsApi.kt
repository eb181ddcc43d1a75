package com.kelviq.sdk.reactor

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.RefundsService
import com.kelviq.sdk.model.CreateRefundParams
import com.kelviq.sdk.model.ListRefundsParams
import com.kelviq.sdk.model.Refund
import com.kelviq.sdk.model.RefundPage
import com.kelviq.sdk.reactor.internal.coldMono
import com.kelviq.sdk.reactor.internal.pagedFlux
import reactor.core.publisher.Flux
import reactor.core.publisher.Mono

/** The refunds area of [ReactorKelviqClient]. Each subscription to `create` refunds again: subscribe once. */
public class ReactorRefundsApi internal constructor(private val s: RefundsService) {
    /** [KelviqOperation.REFUNDS_CREATE]. */
    @JvmOverloads
    public fun create(params: CreateRefundParams, options: RequestOptions = RequestOptions.DEFAULT): Mono<Refund> =
        coldMono { s.create(params, options) }

    /** [KelviqOperation.REFUNDS_LIST]. */
    @JvmOverloads
    public fun list(params: ListRefundsParams = ListRefundsParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): Mono<RefundPage> =
        coldMono { s.list(params, options) }

    /** [KelviqOperation.REFUNDS_LIST_ALL]. */
    @JvmOverloads
    public fun listAll(params: ListRefundsParams = ListRefundsParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): Flux<Refund> =
        pagedFlux(s.listAll(params, options))

    /** [KelviqOperation.REFUNDS_RETRIEVE]. */
    @JvmOverloads
    public fun retrieve(refundId: String, options: RequestOptions = RequestOptions.DEFAULT): Mono<Refund> =
        coldMono { s.retrieve(refundId, options) }
}
