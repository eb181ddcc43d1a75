package com.kelviq.sdk.blocking;

import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.future.KelviqFutures;
import com.kelviq.sdk.future.PageCursor;
import com.kelviq.sdk.model.ArchiveResult;
import com.kelviq.sdk.model.CreateCustomerParams;
import com.kelviq.sdk.model.Customer;
import com.kelviq.sdk.model.CustomerPage;
import com.kelviq.sdk.model.ListCustomersParams;
import com.kelviq.sdk.model.UpdateCustomerParams;
import java.util.concurrent.CompletableFuture;

/**
 * The customers area as {@link CompletableFuture}s: create, retrieve, update, list, listAll, archive.
 *
 * <pre>{@code
 * client.async().customers().retrieve("c1")
 *     .thenAccept(c -> System.out.println(c.getEmail()));
 * }</pre>
 *
 * <p>Futures complete on the SDK's background threads (do not block inside their callbacks) and
 * fail with the {@code KelviqException} the blocking call would throw ({@code join()} wraps it in
 * {@code CompletionException}, {@code get()} in {@code ExecutionException}). Cancelling a future
 * aborts its HTTP exchange. Thread-safe.
 */
public final class AsyncCustomersApi {
    private final KelviqFutures.Customers futures;

    AsyncCustomersApi(KelviqFutures.Customers futures) {
        this.futures = futures;
    }

    /**
     * Creates a customer: {@code POST /customers/}.
     *
     * @param params the customer to create
     * @return a future of the created customer
     */
    public CompletableFuture<Customer> create(CreateCustomerParams params) {
        return create(params, RequestOptions.DEFAULT);
    }

    /**
     * Creates a customer: {@code POST /customers/}, with per-call options.
     *
     * @param params the customer to create
     * @param options per-call timeout and retries
     * @return a future of the created customer
     */
    public CompletableFuture<Customer> create(CreateCustomerParams params, RequestOptions options) {
        return futures.create(params, options);
    }

    /**
     * Retrieves a customer by your identifier: {@code GET /customers/{customerId}/}.
     *
     * @param customerId your identifier of the customer
     * @return a future of the customer
     */
    public CompletableFuture<Customer> retrieve(String customerId) {
        return retrieve(customerId, RequestOptions.DEFAULT);
    }

    /**
     * Retrieves a customer by your identifier: {@code GET /customers/{customerId}/}, with per-call options.
     *
     * @param customerId your identifier of the customer
     * @param options per-call timeout and retries
     * @return a future of the customer
     */
    public CompletableFuture<Customer> retrieve(String customerId, RequestOptions options) {
        return futures.retrieve(customerId, options);
    }

    /**
     * Updates the fields set in {@code params}: {@code PATCH /customers/{customerId}/}.
     *
     * @param params the customer id and the fields to change
     * @return a future of the updated customer
     */
    public CompletableFuture<Customer> update(UpdateCustomerParams params) {
        return update(params, RequestOptions.DEFAULT);
    }

    /**
     * Updates the fields set in {@code params}: {@code PATCH /customers/{customerId}/}, with per-call options.
     *
     * @param params the customer id and the fields to change
     * @param options per-call timeout and retries
     * @return a future of the updated customer
     */
    public CompletableFuture<Customer> update(UpdateCustomerParams params, RequestOptions options) {
        return futures.update(params, options);
    }

    /**
     * The first page of customers, at the server's page size: {@code GET /customers/}.
     *
     * @return a future of one page of customers
     */
    public CompletableFuture<CustomerPage> list() {
        return list(ListCustomersParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /**
     * One page of customers: {@code GET /customers/}.
     *
     * @param params page, page size and search term
     * @return a future of one page of customers
     */
    public CompletableFuture<CustomerPage> list(ListCustomersParams params) {
        return list(params, RequestOptions.DEFAULT);
    }

    /**
     * One page of customers: {@code GET /customers/}, with per-call options.
     *
     * @param params page, page size and search term
     * @param options per-call timeout and retries
     * @return a future of one page of customers
     */
    public CompletableFuture<CustomerPage> list(ListCustomersParams params, RequestOptions options) {
        return futures.list(params, options);
    }

    /**
     * A cursor over every page of customers; nothing is fetched before the first
     * {@link PageCursor#nextPage()}.
     *
     * @return a cursor handing out one page per {@code nextPage()}, {@code null} once exhausted
     */
    public PageCursor<Customer> listAll() {
        return listAll(ListCustomersParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /**
     * A cursor over every page of customers matching {@code params} ({@code page} ignored).
     *
     * @param params page size and search term
     * @return a cursor handing out one page per {@code nextPage()}, {@code null} once exhausted
     */
    public PageCursor<Customer> listAll(ListCustomersParams params) {
        return listAll(params, RequestOptions.DEFAULT);
    }

    /**
     * A cursor over every page of customers matching {@code params} ({@code page} ignored), with per-call options.
     *
     * @param params page size and search term
     * @param options per-call timeout and retries
     * @return a cursor handing out one page per {@code nextPage()}, {@code null} once exhausted
     */
    public PageCursor<Customer> listAll(ListCustomersParams params, RequestOptions options) {
        return futures.listAll(params, options);
    }

    /**
     * Archives (soft-deletes) a customer: {@code DELETE /customers/{customerId}/}.
     *
     * @param customerId your identifier of the customer
     * @return a future of the server's message, if any
     */
    public CompletableFuture<ArchiveResult> archive(String customerId) {
        return archive(customerId, RequestOptions.DEFAULT);
    }

    /**
     * Archives (soft-deletes) a customer: {@code DELETE /customers/{customerId}/}, with per-call options.
     *
     * @param customerId your identifier of the customer
     * @param options per-call timeout and retries
     * @return a future of the server's message, if any
     */
    public CompletableFuture<ArchiveResult> archive(String customerId, RequestOptions options) {
        return futures.archive(customerId, options);
    }
}
