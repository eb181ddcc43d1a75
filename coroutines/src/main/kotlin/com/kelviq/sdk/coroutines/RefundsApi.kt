package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.RefundsService
import com.kelviq.sdk.model.CreateRefundParams
import com.kelviq.sdk.model.ListRefundsParams
import com.kelviq.sdk.model.Refund
import com.kelviq.sdk.model.RefundPage
import com.kelviq.sdk.model.RefundReason
import kotlinx.coroutines.flow.Flow
import java.math.BigDecimal

/**
 * The refunds area of [KelviqClient].
 *
 * ```kotlin
 * val refund = kelviq.refunds.create(orderId = "ORD-1", amountUnits = 500, reason = RefundReason.DUPLICATE)
 * ```
 */
public class RefundsApi internal constructor(private val service: RefundsService) {
    /** [KelviqOperation.REFUNDS_CREATE]. */
    public suspend fun create(params: CreateRefundParams, options: RequestOptions = RequestOptions.DEFAULT): Refund =
        service.create(params, options)

    /** [KelviqOperation.REFUNDS_CREATE], from named arguments: those of the params builder. */
    public suspend fun create(
        orderId: String,
        amountUnits: Long? = null,
        amount: BigDecimal? = null,
        reason: RefundReason? = null,
        internalNote: String? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Refund = create(
        CreateRefundParams.builder().orderId(orderId).apply { amountUnits?.let { amountUnits(it) } }.amount(amount).reason(reason)
            .internalNote(internalNote).build(),
        options,
    )

    /** [KelviqOperation.REFUNDS_LIST]. */
    public suspend fun list(params: ListRefundsParams = ListRefundsParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): RefundPage =
        service.list(params, options)

    /** [KelviqOperation.REFUNDS_LIST_ALL]. */
    public fun listAll(params: ListRefundsParams = ListRefundsParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): Flow<Refund> =
        service.listAll(params, options)

    /** [KelviqOperation.REFUNDS_RETRIEVE]. */
    public suspend fun retrieve(refundId: String, options: RequestOptions = RequestOptions.DEFAULT): Refund =
        service.retrieve(refundId, options)
}
