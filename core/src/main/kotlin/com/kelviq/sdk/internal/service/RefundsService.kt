package com.kelviq.sdk.internal.service

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.PageWalker
import com.kelviq.sdk.internal.json.Decoders
import com.kelviq.sdk.internal.transport.KelviqTransport
import com.kelviq.sdk.internal.transport.Operation
import com.kelviq.sdk.internal.validation.Checks
import com.kelviq.sdk.model.CreateRefundParams
import com.kelviq.sdk.model.ListRefundsParams
import com.kelviq.sdk.model.Refund
import com.kelviq.sdk.model.RefundPage
import kotlinx.coroutines.flow.Flow

/** The refunds area ([KelviqOperation.REFUNDS_CREATE] and the next three). */
public class RefundsService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {
    /** [KelviqOperation.REFUNDS_CREATE]. */
    public suspend fun create(params: CreateRefundParams, options: RequestOptions = RequestOptions.DEFAULT): Refund =
        transport.execute(Ops.create(params), options.over(defaults))

    /** [KelviqOperation.REFUNDS_LIST]. */
    public suspend fun list(params: ListRefundsParams = ListRefundsParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): RefundPage =
        transport.execute(Ops.list(params), options.over(defaults))

    /** [KelviqOperation.REFUNDS_LIST_ALL]. */
    public fun listAll(params: ListRefundsParams = ListRefundsParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): Flow<Refund> =
        walker(params, options).items()

    /** [KelviqOperation.REFUNDS_RETRIEVE]. */
    public suspend fun retrieve(refundId: String, options: RequestOptions = RequestOptions.DEFAULT): Refund =
        transport.execute(Ops.retrieve(refundId), options.over(defaults))

    internal fun walker(params: ListRefundsParams, options: RequestOptions): PageWalker<RefundPage, Refund> =
        PageWalker({ page -> list(params.withPage(page), options) }, { it.results }, { it.next != null })

    internal object Ops {
        // Moves money: never repeated once the request may have been processed.
        fun create(params: CreateRefundParams) = Operation(
            KelviqOperation.REFUNDS_CREATE,
            body = params.toJson(),
            decoder = Decoders.json(Refund.serializer()),
        )

        fun list(params: ListRefundsParams) = Operation(
            KelviqOperation.REFUNDS_LIST,
            query = params.toQuery(),
            decoder = Decoders.json(RefundPage.serializer()),
        )

        fun retrieve(refundId: String) = Operation(
            KelviqOperation.REFUNDS_RETRIEVE,
            pathArgs = listOf(Checks.id("refundId", refundId)),
            decoder = Decoders.json(Refund.serializer()),
        )
    }
}
