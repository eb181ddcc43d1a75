package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.model.ArchiveResult
import com.kelviq.sdk.model.BillingAddress
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.Customer
import com.kelviq.sdk.model.CustomerPage
import com.kelviq.sdk.model.ListCustomersParams
import com.kelviq.sdk.model.UpdateCustomerParams
import com.kelviq.sdk.internal.service.CustomersService
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

    /** [KelviqOperation.CUSTOMERS_CREATE]. */
    public suspend fun create(params: CreateCustomerParams, options: RequestOptions = RequestOptions.DEFAULT): Customer =
        service.create(params, options)

    /** [KelviqOperation.CUSTOMERS_CREATE], from named arguments: those of the params builder. */
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

    /** [KelviqOperation.CUSTOMERS_RETRIEVE]. */
    public suspend fun retrieve(customerId: String, options: RequestOptions = RequestOptions.DEFAULT): Customer =
        service.retrieve(customerId, options)

    /** [KelviqOperation.CUSTOMERS_UPDATE]. */
    public suspend fun update(params: UpdateCustomerParams, options: RequestOptions = RequestOptions.DEFAULT): Customer =
        service.update(params, options)

    /** [KelviqOperation.CUSTOMERS_UPDATE], from named arguments: those of the params builder. */
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

    /** [KelviqOperation.CUSTOMERS_LIST]. */
    public suspend fun list(params: ListCustomersParams, options: RequestOptions = RequestOptions.DEFAULT): CustomerPage =
        service.list(params, options)

    /** [KelviqOperation.CUSTOMERS_LIST], from named arguments: those of the params builder. */
    public suspend fun list(
        page: Int? = null,
        pageSize: Int? = null,
        search: String? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CustomerPage = list(listParams(page, pageSize, search), options)

    /** [KelviqOperation.CUSTOMERS_LIST_ALL]. */
    public fun listAll(params: ListCustomersParams, options: RequestOptions = RequestOptions.DEFAULT): Flow<Customer> =
        service.listAll(params, options)

    /** [KelviqOperation.CUSTOMERS_LIST_ALL], from named arguments: those of the params builder. */
    public fun listAll(
        pageSize: Int? = null,
        search: String? = null,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Flow<Customer> = listAll(listParams(null, pageSize, search), options)

    /** [KelviqOperation.CUSTOMERS_ARCHIVE]. */
    public suspend fun archive(customerId: String, options: RequestOptions = RequestOptions.DEFAULT): ArchiveResult =
        service.archive(customerId, options)

    private fun listParams(page: Int?, pageSize: Int?, search: String?): ListCustomersParams =
        ListCustomersParams.builder().apply {
            page?.let { page(it) }
            pageSize?.let { pageSize(it) }
            search(search)
        }.build()
}
