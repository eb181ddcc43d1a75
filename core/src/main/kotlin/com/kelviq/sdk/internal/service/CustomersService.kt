package com.kelviq.sdk.internal.service

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.PageWalker
import com.kelviq.sdk.internal.json.Decoders
import com.kelviq.sdk.internal.transport.KelviqTransport
import com.kelviq.sdk.internal.transport.Operation
import com.kelviq.sdk.internal.validation.Checks
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
            KelviqOperation.CUSTOMERS_CREATE,
            body = params.toJson(),
            decoder = Decoders.json(Customer.serializer()),
        )

        fun retrieve(customerId: String) = Operation(
            KelviqOperation.CUSTOMERS_RETRIEVE,
            pathArgs = listOf(Checks.id("customerId", customerId)),
            decoder = Decoders.json(Customer.serializer()),
        )

        fun update(params: UpdateCustomerParams) = Operation(
            KelviqOperation.CUSTOMERS_UPDATE,
            pathArgs = listOf(params.customerId),
            body = params.toJson(),
            decoder = Decoders.json(Customer.serializer()),
        )

        fun list(params: ListCustomersParams) = Operation(
            KelviqOperation.CUSTOMERS_LIST,
            query = params.toQuery(),
            decoder = Decoders.json(CustomerPage.serializer()),
        )

        fun archive(customerId: String) = Operation(
            KelviqOperation.CUSTOMERS_ARCHIVE,
            pathArgs = listOf(Checks.id("customerId", customerId)),
            decoder = Decoders.jsonOrEmpty(ArchiveResult.serializer()) { ArchiveResult(null) },
        )
    }
}
