package com.kelviq.sdk.coroutines

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.model.ArchiveResult
import com.kelviq.sdk.model.BillingAddress
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.Customer
import com.kelviq.sdk.model.CustomerPage
import com.kelviq.sdk.model.ListCustomersParams
import com.kelviq.sdk.model.UpdateCustomerParams
import com.kelviq.sdk.service.CustomersService
import kotlinx.coroutines.flow.Flow

/**
 * The customers area of [KelviqClient]: `create`, `retrieve`, `update`, `list`, `listAll`, `archive`.
 *
 * Each operation takes either a params object or named arguments (which build that params object),
 * plus optional [RequestOptions]. Input is validated before anything is sent
 * ([com.kelviq.sdk.errors.KelviqValidationException] names the field). Cancelling the calling
 * coroutine aborts the HTTP exchange.
 *
 * ```kotlin
 * val ann = kelviq.customers.create(customerId = "c1", email = "a@b.co", name = "Ann")
 * kelviq.customers.update(customerId = "c1", name = "Ann Lee")
 * ```
 */
public class CustomersApi internal constructor(private val service: CustomersService) {

    /**
     * Creates a customer: `POST /customers/`. Not retried after the request may have been processed.
     *
     * ```kotlin
     * kelviq.customers.create(CreateCustomerParams.builder().customerId("c1").build())
     * ```
     */
    public suspend fun create(params: CreateCustomerParams, options: RequestOptions = RequestOptions.DEFAULT): Customer =
        service.create(params, options)

    /**
     * Creates a customer from named arguments: `POST /customers/`.
     *
     * ```kotlin
     * kelviq.customers.create(customerId = "c1", email = "a@b.co", name = "Ann", metadata = mapOf("plan" to "pro"))
     * ```
     * @param customerId your identifier of the customer; required, not blank.
     * @param email a valid e-mail address, when given.
     */
    public suspend fun create(
        customerId: String,
        email: String? = null,
        name: String? = null,
        metadata: Map<String, String>? = null,
        billingAddress: BillingAddress? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Customer = create(
        CreateCustomerParams.builder().customerId(customerId).email(email).name(name).metadata(metadata)
            .billingAddress(billingAddress).build(),
        options,
    )

    /**
     * Retrieves a customer by your identifier: `GET /customers/{customerId}/`.
     *
     * @throws com.kelviq.sdk.errors.NotFoundException when there is no such customer.
     */
    public suspend fun retrieve(customerId: String, options: RequestOptions = RequestOptions.DEFAULT): Customer =
        service.retrieve(customerId, options)

    /** Updates the fields set in [params] (a partial update): `PATCH /customers/{customerId}/`. */
    public suspend fun update(params: UpdateCustomerParams, options: RequestOptions = RequestOptions.DEFAULT): Customer =
        service.update(params, options)

    /**
     * Updates the fields given (a partial update; at least one must be given): `PATCH /customers/{customerId}/`.
     *
     * ```kotlin
     * kelviq.customers.update(customerId = "c1", email = "ann@b.co")
     * ```
     */
    public suspend fun update(
        customerId: String,
        email: String? = null,
        name: String? = null,
        metadata: Map<String, String>? = null,
        billingAddress: BillingAddress? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Customer = update(
        UpdateCustomerParams.builder().customerId(customerId).email(email).name(name).metadata(metadata)
            .billingAddress(billingAddress).build(),
        options,
    )

    /** One page of customers: `GET /customers/`. */
    public suspend fun list(params: ListCustomersParams, options: RequestOptions = RequestOptions.DEFAULT): CustomerPage =
        service.list(params, options)

    /**
     * One page of customers from named arguments: `GET /customers/?page=&page_size=&search=`.
     *
     * ```kotlin
     * val page = kelviq.customers.list(page = 2, pageSize = 50, search = "ann")
     * ```
     * @param pageSize customers per page, 1..100 (the server's default is 10).
     */
    public suspend fun list(
        page: Int? = null,
        pageSize: Int? = null,
        search: String? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CustomerPage = list(listParams(page, pageSize, search), options)

    /**
     * Every customer matching [params], page after page, as a cold [Flow]. Nothing is fetched
     * before collection, and a page is fetched only when the collector has consumed the previous
     * one (so `take(n)` fetches only the pages it needs). [ListCustomersParams.page] is ignored.
     * Cancelling the collector aborts the page request in flight.
     */
    public fun listAll(params: ListCustomersParams, options: RequestOptions = RequestOptions.DEFAULT): Flow<Customer> =
        service.listAll(params, options)

    /**
     * Every customer, page after page, as a cold [Flow] fetching pages on demand.
     *
     * ```kotlin
     * kelviq.customers.listAll(pageSize = 100, search = "acme").collect { println(it.email) }
     * ```
     */
    public fun listAll(
        pageSize: Int? = null,
        search: String? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<Customer> = listAll(listParams(null, pageSize, search), options)

    /** Archives (soft-deletes) a customer: `DELETE /customers/{customerId}/`. */
    public suspend fun archive(customerId: String, options: RequestOptions = RequestOptions.DEFAULT): ArchiveResult =
        service.archive(customerId, options)

    private fun listParams(page: Int?, pageSize: Int?, search: String?): ListCustomersParams =
        ListCustomersParams.builder().apply {
            page?.let { page(it) }
            pageSize?.let { pageSize(it) }
            search(search)
        }.build()
}
