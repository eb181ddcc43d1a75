package com.kelviq.sdk.reactor

import com.kelviq.sdk.reactor.internal.pagedFlux
import com.kelviq.sdk.reactor.internal.coldMono
import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.CustomersService
import com.kelviq.sdk.model.ArchiveResult
import com.kelviq.sdk.model.CreateCustomerParams
import com.kelviq.sdk.model.Customer
import com.kelviq.sdk.model.CustomerPage
import com.kelviq.sdk.model.ListCustomersParams
import com.kelviq.sdk.model.UpdateCustomerParams
import reactor.core.publisher.Flux
import reactor.core.publisher.Mono

/**
 * The customers area of [ReactorKelviqClient].
 *
 * ```java
 * kelviq.customers()
 *     .create(CreateCustomerParams.builder().customerId("c1").email("a@b.co").build())
 *     .subscribe(customer -> log.info("created {}", customer.getCustomerId()));
 * ```
 */
public class ReactorCustomersApi internal constructor(private val s: CustomersService) {
    /** [KelviqOperation.CUSTOMERS_CREATE]. */
    @JvmOverloads
    public fun create(params: CreateCustomerParams, options: RequestOptions = RequestOptions.DEFAULT): Mono<Customer> =
        coldMono { s.create(params, options) }

    /** [KelviqOperation.CUSTOMERS_RETRIEVE]. */
    @JvmOverloads
    public fun retrieve(customerId: String, options: RequestOptions = RequestOptions.DEFAULT): Mono<Customer> =
        coldMono { s.retrieve(customerId, options) }

    /** [KelviqOperation.CUSTOMERS_UPDATE]. */
    @JvmOverloads
    public fun update(params: UpdateCustomerParams, options: RequestOptions = RequestOptions.DEFAULT): Mono<Customer> =
        coldMono { s.update(params, options) }

    /** [KelviqOperation.CUSTOMERS_LIST]. */
    @JvmOverloads
    public fun list(params: ListCustomersParams = ListCustomersParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): Mono<CustomerPage> =
        coldMono { s.list(params, options) }

    /** [KelviqOperation.CUSTOMERS_LIST_ALL]. */
    @JvmOverloads
    public fun listAll(params: ListCustomersParams = ListCustomersParams.DEFAULT, options: RequestOptions = RequestOptions.DEFAULT): Flux<Customer> =
        pagedFlux(s.listAll(params, options))

    /** [KelviqOperation.CUSTOMERS_ARCHIVE]. */
    @JvmOverloads
    public fun archive(customerId: String, options: RequestOptions = RequestOptions.DEFAULT): Mono<ArchiveResult> =
        coldMono { s.archive(customerId, options) }
}
