package com.kelviq.sdk.blocking;

import com.kelviq.sdk.KelviqOperation;
import com.kelviq.sdk.RequestOptions;
import com.kelviq.sdk.internal.bridge.FuturesBridge;
import com.kelviq.sdk.model.ArchiveResult;
import com.kelviq.sdk.model.CreateCustomerParams;
import com.kelviq.sdk.model.Customer;
import com.kelviq.sdk.model.CustomerPage;
import com.kelviq.sdk.model.ListCustomersParams;
import com.kelviq.sdk.model.UpdateCustomerParams;
import java.util.concurrent.CompletableFuture;

/**
 * The customers area of {@link KelviqAsyncClient} as {@link java.util.concurrent.CompletableFuture}s; each operation's contract is in
 * {@link KelviqOperation}.
 */
public final class AsyncCustomersApi {
    private final FuturesBridge bridge;

    AsyncCustomersApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#CUSTOMERS_CREATE}. */
    public CompletableFuture<Customer> create(CreateCustomerParams params) {
        return create(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CUSTOMERS_CREATE}. */
    public CompletableFuture<Customer> create(CreateCustomerParams params, RequestOptions options) {
        return bridge.createCustomer(params, options);
    }

    /** {@link KelviqOperation#CUSTOMERS_RETRIEVE}. */
    public CompletableFuture<Customer> retrieve(String customerId) {
        return retrieve(customerId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CUSTOMERS_RETRIEVE}. */
    public CompletableFuture<Customer> retrieve(String customerId, RequestOptions options) {
        return bridge.retrieveCustomer(customerId, options);
    }

    /** {@link KelviqOperation#CUSTOMERS_UPDATE}. */
    public CompletableFuture<Customer> update(UpdateCustomerParams params) {
        return update(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CUSTOMERS_UPDATE}. */
    public CompletableFuture<Customer> update(UpdateCustomerParams params, RequestOptions options) {
        return bridge.updateCustomer(params, options);
    }

    /** {@link KelviqOperation#CUSTOMERS_LIST}. */
    public CompletableFuture<CustomerPage> list() {
        return list(ListCustomersParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CUSTOMERS_LIST}. */
    public CompletableFuture<CustomerPage> list(ListCustomersParams params) {
        return list(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CUSTOMERS_LIST}. */
    public CompletableFuture<CustomerPage> list(ListCustomersParams params, RequestOptions options) {
        return bridge.listCustomers(params, options);
    }

    /** {@link KelviqOperation#CUSTOMERS_LIST_ALL}. */
    public AsyncPageCursor<Customer> listAll() {
        return listAll(ListCustomersParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CUSTOMERS_LIST_ALL}. */
    public AsyncPageCursor<Customer> listAll(ListCustomersParams params) {
        return listAll(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CUSTOMERS_LIST_ALL}. */
    public AsyncPageCursor<Customer> listAll(ListCustomersParams params, RequestOptions options) {
        return new AsyncPageCursor<>(bridge.customerPages(params, options));
    }

    /** {@link KelviqOperation#CUSTOMERS_ARCHIVE}. */
    public CompletableFuture<ArchiveResult> archive(String customerId) {
        return archive(customerId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CUSTOMERS_ARCHIVE}. */
    public CompletableFuture<ArchiveResult> archive(String customerId, RequestOptions options) {
        return bridge.archiveCustomer(customerId, options);
    }
}
