package com.kelviq.sdk.reactor

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.model.ArchiveResult
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.Customer
import com.kelviq.sdk.model.CustomerPage
import com.kelviq.sdk.model.ListCustomersParams
import com.kelviq.sdk.model.UpdateCustomerParams
import com.kelviq.sdk.service.CustomersService
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.reactor.asFlux
import kotlinx.coroutines.reactor.mono
import reactor.core.publisher.Flux
import reactor.core.publisher.Mono

/**
 * The customers area of [ReactorKelviqClient]: `create`, `retrieve`, `update`, `list`, `listAll`, `archive`.
 *
 * ```java
 * kelviq.customers()
 *     .create(CreateCustomerParams.builder().customerId("c1").email("a@b.co").build())
 *     .subscribe(customer -> log.info("created {}", customer.getId()));
 * ```
 * Every `Mono` is cold: nothing is sent before subscription and each subscription sends again.
 * Disposing the subscription cancels the HTTP exchange. Errors arrive as `onError`.
 */
public class ReactorCustomersApi internal constructor(private val service: CustomersService) {

    /** Creates a customer: `POST /customers/`. */
    public fun create(params: CreateCustomerParams): Mono<Customer> = create(params, RequestOptions.DEFAULT)

    /** Creates a customer with per-call [options]: `POST /customers/`. */
    public fun create(params: CreateCustomerParams, options: RequestOptions): Mono<Customer> =
        call { it.create(params, options) }

    /** Retrieves a customer: `GET /customers/{customerId}/`; a missing one signals `NotFoundException`. */
    public fun retrieve(customerId: String): Mono<Customer> = retrieve(customerId, RequestOptions.DEFAULT)

    /** Retrieves a customer with per-call [options]. */
    public fun retrieve(customerId: String, options: RequestOptions): Mono<Customer> =
        call { it.retrieve(customerId, options) }

    /** Updates the fields set in [params]: `PATCH /customers/{customerId}/`. */
    public fun update(params: UpdateCustomerParams): Mono<Customer> = update(params, RequestOptions.DEFAULT)

    /** Updates a customer with per-call [options]. */
    public fun update(params: UpdateCustomerParams, options: RequestOptions): Mono<Customer> =
        call { it.update(params, options) }

    /** The first page of customers: `GET /customers/`. */
    public fun list(): Mono<CustomerPage> = list(ListCustomersParams.DEFAULT, RequestOptions.DEFAULT)

    /** One page of customers: `GET /customers/?page=&page_size=&search=`. */
    public fun list(params: ListCustomersParams): Mono<CustomerPage> = list(params, RequestOptions.DEFAULT)

    /** One page of customers with per-call [options]. */
    public fun list(params: ListCustomersParams, options: RequestOptions): Mono<CustomerPage> =
        call { it.list(params, options) }

    /**
     * Every customer, page after page. The `Flux` honours backpressure: a page is fetched only
     * when the subscriber has requested items beyond the pages already fetched.
     */
    public fun listAll(): Flux<Customer> = listAll(ListCustomersParams.DEFAULT, RequestOptions.DEFAULT)

    /** Every customer matching [params] ([ListCustomersParams.page] is ignored), fetched on demand. */
    public fun listAll(params: ListCustomersParams): Flux<Customer> = listAll(params, RequestOptions.DEFAULT)

    /** Every customer matching [params], fetched on demand, with per-call [options] for each page. */
    public fun listAll(params: ListCustomersParams, options: RequestOptions): Flux<Customer> =
        service.listAll(params, options).asFlux(Dispatchers.Default)

    /** Archives (soft-deletes) a customer: `DELETE /customers/{customerId}/`. */
    public fun archive(customerId: String): Mono<ArchiveResult> = archive(customerId, RequestOptions.DEFAULT)

    /** Archives a customer with per-call [options]. */
    public fun archive(customerId: String, options: RequestOptions): Mono<ArchiveResult> =
        call { it.archive(customerId, options) }

    /** Runs [block] against the service in a cold `Mono` started on `Dispatchers.Default` at subscription. */
    private fun <T : Any> call(block: suspend (CustomersService) -> T?): Mono<T> {
        val service = service // captured directly: no synthetic accessor in the public class
        return mono(Dispatchers.Default) { block(service) }
    }
}
