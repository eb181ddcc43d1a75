package com.kelviq.sdk.internal.service

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.PageWalker
import com.kelviq.sdk.internal.json.Decoders
import com.kelviq.sdk.internal.transport.KelviqTransport
import com.kelviq.sdk.internal.transport.Operation
import com.kelviq.sdk.model.ListPaymentMethodsParams
import com.kelviq.sdk.model.PaymentMethod
import com.kelviq.sdk.model.PaymentMethodPage
import kotlinx.coroutines.flow.Flow

/** The payment-methods area ([KelviqOperation.PAYMENT_METHODS_LIST], `listAll`): reads only. */
public class PaymentMethodsService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {
    /** [KelviqOperation.PAYMENT_METHODS_LIST]. */
    public suspend fun list(
        params: ListPaymentMethodsParams = ListPaymentMethodsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): PaymentMethodPage = transport.execute(Ops.list(params), options.over(defaults))

    /** [KelviqOperation.PAYMENT_METHODS_LIST_ALL]. */
    public fun listAll(
        params: ListPaymentMethodsParams = ListPaymentMethodsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<PaymentMethod> = walker(params, options).items()

    internal fun walker(params: ListPaymentMethodsParams, options: RequestOptions): PageWalker<PaymentMethodPage, PaymentMethod> =
        PageWalker({ page -> list(params.withPage(page), options) }, { it.results }, { it.next != null })

    internal object Ops {
        fun list(params: ListPaymentMethodsParams) = Operation(
            KelviqOperation.PAYMENT_METHODS_LIST,
            query = params.toQuery(),
            decoder = Decoders.json(PaymentMethodPage.serializer()),
        )
    }
}
