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
import com.kelviq.sdk.model.ArchiveResult
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.Customer
import com.kelviq.sdk.model.CustomerPage
import com.kelviq.sdk.model.ListCustomersParams
import com.kelviq.sdk.model.UpdateCustomerParams
import kotlinx.coroutines.flow.Flow

/**
 * The customers area as suspend operations: create, retrieve, update, list, listAll, archive.
 *
 * Every operation validates its input before sending (a [com.kelviq.sdk.errors.KelviqValidationException]
 * names the field), and cancelling the calling coroutine aborts the HTTP exchange.
 */
public class CustomersService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {

    /** Creates a customer: `POST /customers/`. Not retried on 5xx or timeouts (a repeat could create twice). */
    public suspend fun create(params: CreateCustomerParams, options: RequestOptions = RequestOptions.DEFAULT): Customer =
        transport.execute(Ops.create(params), options.over(defaults))

    /** Retrieves a customer by your identifier: `GET /customers/{customerId}/`. */
    public suspend fun retrieve(customerId: String, options: RequestOptions = RequestOptions.DEFAULT): Customer =
        transport.execute(Ops.retrieve(customerId), options.over(defaults))

    /** Updates the fields set in [params]: `PATCH /customers/{customerId}/`. */
    public suspend fun update(params: UpdateCustomerParams, options: RequestOptions = RequestOptions.DEFAULT): Customer =
        transport.execute(Ops.update(params), options.over(defaults))

    /** One page of customers: `GET /customers/`. */
    public suspend fun list(
        params: ListCustomersParams = ListCustomersParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CustomerPage = transport.execute(Ops.list(params), options.over(defaults))

    /**
     * Every customer, page after page, as a cold [Flow]: nothing is fetched before collection,
     * and the next page only once the previous one has been emitted. [ListCustomersParams.page] is ignored.
     */
    public fun listAll(
        params: ListCustomersParams = ListCustomersParams.DEFAULT,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<Customer> = walker(params, options).items()

    /** Archives (soft-deletes) a customer: `DELETE /customers/{customerId}/`. */
    public suspend fun archive(customerId: String, options: RequestOptions = RequestOptions.DEFAULT): ArchiveResult =
        transport.execute(Ops.archive(customerId), options.over(defaults))

    internal fun walker(params: ListCustomersParams, options: RequestOptions): PageWalker<CustomerPage, Customer> =
        PageWalker({ page -> list(params.withPage(page), options) }, { it.results }, { it.next != null })

    /** The operations of this area, described once. */
    internal object Ops {
        fun create(params: CreateCustomerParams) = Operation(
            name = "customers.create", method = Method.POST, host = Host.API, path = listOf("customers"),
            body = params.toJson(), safety = RetrySafety.NON_IDEMPOTENT, decoder = Decoders.json(Customer.serializer()),
        )

        fun retrieve(customerId: String) = Operation(
            name = "customers.retrieve", method = Method.GET, host = Host.API,
            path = listOf("customers", Checks.id("customerId", customerId)),
            safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(Customer.serializer()), outsidePublishedSpec = true,
        )

        fun update(params: UpdateCustomerParams) = Operation(
            name = "customers.update", method = Method.PATCH, host = Host.API,
            path = listOf("customers", params.customerId), body = params.toJson(),
            safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(Customer.serializer()),
        )

        fun list(params: ListCustomersParams) = Operation(
            name = "customers.list", method = Method.GET, host = Host.API, path = listOf("customers"),
            query = params.toQuery(), safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(CustomerPage.serializer()),
        )

        fun archive(customerId: String) = Operation(
            name = "customers.archive", method = Method.DELETE, host = Host.API,
            path = listOf("customers", Checks.id("customerId", customerId)),
            safety = RetrySafety.IDEMPOTENT,
            decoder = Decoders.jsonOrEmpty(ArchiveResult.serializer()) { ArchiveResult(null) }, outsidePublishedSpec = true,
        )
    }
}
