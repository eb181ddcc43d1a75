package com.kelviq.sdk.internal.service

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.Checks
import com.kelviq.sdk.internal.Decoders
import com.kelviq.sdk.internal.Host
import com.kelviq.sdk.internal.KelviqTransport
import com.kelviq.sdk.internal.Method
import com.kelviq.sdk.internal.Operation
import com.kelviq.sdk.internal.PageWalker
import com.kelviq.sdk.internal.RetrySafety
import com.kelviq.sdk.model.CreateRefundParams
import com.kelviq.sdk.model.ListRefundsParams
import com.kelviq.sdk.model.Refund
import com.kelviq.sdk.model.RefundPage
import kotlinx.coroutines.flow.Flow

/** The refunds area ([com.kelviq.sdk.KelviqOperation.REFUNDS_CREATE] and the next three). */
public class RefundsService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {
    /** [com.kelviq.sdk.KelviqOperation.REFUNDS_CREATE]. */
    public suspend fun create(params: CreateRefundParams, options: RequestOptions = RequestOptions.DEFAULT): Refund =
        transport.execute(Ops.create(params), options.over(defaults))

    /** [com.kelviq.sdk.KelviqOperation.REFUNDS_LIST]. */
    public suspend fun list(params: ListRefundsParams = ListRefundsParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): RefundPage =
        transport.execute(Ops.list(params), options.over(defaults))

    /** [com.kelviq.sdk.KelviqOperation.REFUNDS_LIST_ALL]. */
    public fun listAll(params: ListRefundsParams = ListRefundsParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): Flow<Refund> =
        walker(params, options).items()

    /** [com.kelviq.sdk.KelviqOperation.REFUNDS_RETRIEVE]. */
    public suspend fun retrieve(refundId: String, options: RequestOptions = RequestOptions.DEFAULT): Refund =
        transport.execute(Ops.retrieve(refundId), options.over(defaults))

    internal fun walker(params: ListRefundsParams, options: RequestOptions): PageWalker<RefundPage, Refund> =
        PageWalker({ page -> list(params.withPage(page), options) }, { it.results }, { it.next != null })

    internal object Ops {
        // Moves money: never repeated once the request may have been processed.
        fun create(params: CreateRefundParams) = Operation(
            name = "refunds.create", method = Method.POST, host = Host.API, path = listOf("refunds"),
            body = params.toJson(), safety = RetrySafety.NON_IDEMPOTENT, decoder = Decoders.json(Refund.serializer()),
        )

        fun list(params: ListRefundsParams) = Operation(
            name = "refunds.list", method = Method.GET, host = Host.API, path = listOf("refunds"),
            query = params.toQuery(), safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(RefundPage.serializer()),
        )

        fun retrieve(refundId: String) = Operation(
            name = "refunds.retrieve", method = Method.GET, host = Host.API, path = listOf("refunds", Checks.id("refundId", refundId)),
            safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(Refund.serializer()),
        )
    }
}
