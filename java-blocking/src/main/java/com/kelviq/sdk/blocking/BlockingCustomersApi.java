package com.kelviq.sdk.blocking;

import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.future.KelviqFutures;
import com.kelviq.sdk.model.ArchiveResult;
import com.kelviq.sdk.model.CreateCustomerParams;
import com.kelviq.sdk.model.Customer;
import com.kelviq.sdk.model.CustomerPage;
import com.kelviq.sdk.model.ListCustomersParams;
import com.kelviq.sdk.model.UpdateCustomerParams;

/**
 * The customers area as blocking calls: create, retrieve, update, list, listAll, archive.
 *
 * <pre>{@code
 * Customer ann = client.customers().create(
 *     CreateCustomerParams.builder().customerId("c1").email("a@b.co").name("Ann").build());
 * }</pre>
 *
 * <p>Every call blocks the calling thread until the answer arrives and throws a
 * {@code KelviqException} subclass on failure. Interrupting the waiting thread cancels the call
 * (aborting its HTTP exchange), keeps the interrupt flag set and throws a
 * {@code KelviqIoException} caused by the {@code InterruptedException}. Thread-safe.
 */
public final class BlockingCustomersApi {
    private final KelviqFutures.Customers futures;

    BlockingCustomersApi(KelviqFutures.Customers futures) {
        this.futures = futures;
    }

    /**
     * Creates a customer: {@code POST /customers/}. Not retried after the request may have been
     * processed (a repeat could create twice).
     *
     * @param params the customer to create
     * @return the created customer
     */
    public Customer create(CreateCustomerParams params) {
        return create(params, RequestOptions.DEFAULT);
    }

    /**
     * Creates a customer, with per-call options.
     *
     * @param params the customer to create
     * @param options per-call timeout and retries
     * @return the created customer
     */
    public Customer create(CreateCustomerParams params, RequestOptions options) {
        return Futures.call(() -> futures.create(params, options));
    }

    /**
     * Retrieves a customer by your identifier: {@code GET /customers/{customerId}/}.
     *
     * @param customerId your identifier of the customer
     * @return the customer
     * @throws com.kelviq.sdk.errors.NotFoundException when there is no such customer
     */
    public Customer retrieve(String customerId) {
        return retrieve(customerId, RequestOptions.DEFAULT);
    }

    /**
     * Retrieves a customer, with per-call options.
     *
     * @param customerId your identifier of the customer
     * @param options per-call timeout and retries
     * @return the customer
     */
    public Customer retrieve(String customerId, RequestOptions options) {
        return Futures.call(() -> futures.retrieve(customerId, options));
    }

    /**
     * Updates the fields set in {@code params}: {@code PATCH /customers/{customerId}/}.
     *
     * @param params the customer id and the fields to change
     * @return the updated customer
     */
    public Customer update(UpdateCustomerParams params) {
        return update(params, RequestOptions.DEFAULT);
    }

    /**
     * Updates a customer, with per-call options.
     *
     * @param params the customer id and the fields to change
     * @param options per-call timeout and retries
     * @return the updated customer
     */
    public Customer update(UpdateCustomerParams params, RequestOptions options) {
        return Futures.call(() -> futures.update(params, options));
    }

    /**
     * The first page of customers, at the server's page size: {@code GET /customers/}.
     *
     * @return one page of customers
     */
    public CustomerPage list() {
        return list(ListCustomersParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /**
     * One page of customers: {@code GET /customers/?page=&page_size=&search=}.
     *
     * @param params page, page size and search term
     * @return one page of customers
     */
    public CustomerPage list(ListCustomersParams params) {
        return list(params, RequestOptions.DEFAULT);
    }

    /**
     * One page of customers, with per-call options.
     *
     * @param params page, page size and search term
     * @param options per-call timeout and retries
     * @return one page of customers
     */
    public CustomerPage list(ListCustomersParams params, RequestOptions options) {
        return Futures.call(() -> futures.list(params, options));
    }

    /**
     * Every customer, fetched lazily page by page as the result is iterated (nothing is sent
     * before).
     *
     * @return a lazy iterable over every customer
     */
    public PagedIterable<Customer> listAll() {
        return listAll(ListCustomersParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /**
     * Every customer matching {@code params}, fetched lazily page by page; {@code params.page} is
     * ignored (the walk starts at page 1).
     *
     * @param params page size and search term
     * @return a lazy iterable over every matching customer
     */
    public PagedIterable<Customer> listAll(ListCustomersParams params) {
        return listAll(params, RequestOptions.DEFAULT);
    }

    /**
     * Every customer matching {@code params}, fetched lazily page by page, each page request with
     * {@code options}.
     *
     * @param params page size and search term
     * @param options per-request timeout and retries
     * @return a lazy iterable over every matching customer
     */
    public PagedIterable<Customer> listAll(ListCustomersParams params, RequestOptions options) {
        return new PagedIterable<>(() -> futures.listAll(params, options));
    }

    /**
     * Archives (soft-deletes) a customer: {@code DELETE /customers/{customerId}/}.
     *
     * @param customerId your identifier of the customer
     * @return the server's message, if any
     */
    public ArchiveResult archive(String customerId) {
        return archive(customerId, RequestOptions.DEFAULT);
    }

    /**
     * Archives a customer, with per-call options.
     *
     * @param customerId your identifier of the customer
     * @param options per-call timeout and retries
     * @return the server's message, if any
     */
    public ArchiveResult archive(String customerId, RequestOptions options) {
        return Futures.call(() -> futures.archive(customerId, options));
    }
}
