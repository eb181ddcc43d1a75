package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.PaymentMethodsService
import com.kelviq.sdk.model.ListPaymentMethodsParams
import com.kelviq.sdk.model.PaymentMethod
import com.kelviq.sdk.model.PaymentMethodPage
import kotlinx.coroutines.flow.Flow

/** The payment-methods area of [KelviqClient] (reads). */
public class PaymentMethodsApi internal constructor(private val service: PaymentMethodsService) {
    /** [KelviqOperation.PAYMENT_METHODS_LIST]. */
    public suspend fun list(
        params: ListPaymentMethodsParams = ListPaymentMethodsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): PaymentMethodPage = service.list(params, options)

    /** [KelviqOperation.PAYMENT_METHODS_LIST_ALL]. */
    public fun listAll(
        params: ListPaymentMethodsParams = ListPaymentMethodsParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<PaymentMethod> = service.listAll(params, options)
}
