package com.kelviq.sdk.reactor

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.PaymentMethodsService
import com.kelviq.sdk.model.ListPaymentMethodsParams
import com.kelviq.sdk.model.PaymentMethod
import com.kelviq.sdk.model.PaymentMethodPage
import com.kelviq.sdk.reactor.internal.coldMono
import com.kelviq.sdk.reactor.internal.pagedFlux
import reactor.core.publisher.Flux
import reactor.core.publisher.Mono

/** The payment-methods area of [ReactorKelviqClient] (reads). */
public class ReactorPaymentMethodsApi internal constructor(private val s: PaymentMethodsService) {
    /** [KelviqOperation.PAYMENT_METHODS_LIST]. */
    @JvmOverloads
    public fun list(
        params: ListPaymentMethodsParams = ListPaymentMethodsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Mono<PaymentMethodPage> = coldMono { s.list(params, options) }

    /** [KelviqOperation.PAYMENT_METHODS_LIST_ALL]. */
    @JvmOverloads
    public fun listAll(
        params: ListPaymentMethodsParams = ListPaymentMethodsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flux<PaymentMethod> = pagedFlux(s.listAll(params, options))
}
