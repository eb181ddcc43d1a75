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

/**
 * The customers area of {@link KelviqBlockingClient} as blocking calls; each operation's contract is in
 * {@link KelviqOperation}.
 *
 * <pre>{@code
 * Customer ann = client.customers().create(
 *     CreateCustomerParams.builder().customerId("c1").email("a@b.co").build());
 * for (Customer c : client.customers().listAll()) {
 *     System.out.println(c.getCustomerId());
 * }
 * }</pre>
 */
public final class BlockingCustomersApi {
    private final FuturesBridge bridge;

    BlockingCustomersApi(FuturesBridge bridge) {
        this.bridge = bridge;
    }

    /** {@link KelviqOperation#CUSTOMERS_CREATE}. */
    public Customer create(CreateCustomerParams params) {
        return create(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CUSTOMERS_CREATE}. */
    public Customer create(CreateCustomerParams params, RequestOptions options) {
        return Futures.call(() -> bridge.createCustomer(params, options));
    }

    /** {@link KelviqOperation#CUSTOMERS_RETRIEVE}. */
    public Customer retrieve(String customerId) {
        return retrieve(customerId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CUSTOMERS_RETRIEVE}. */
    public Customer retrieve(String customerId, RequestOptions options) {
        return Futures.call(() -> bridge.retrieveCustomer(customerId, options));
    }

    /** {@link KelviqOperation#CUSTOMERS_UPDATE}. */
    public Customer update(UpdateCustomerParams params) {
        return update(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CUSTOMERS_UPDATE}. */
    public Customer update(UpdateCustomerParams params, RequestOptions options) {
        return Futures.call(() -> bridge.updateCustomer(params, options));
    }

    /** {@link KelviqOperation#CUSTOMERS_LIST}. */
    public CustomerPage list() {
        return list(ListCustomersParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CUSTOMERS_LIST}. */
    public CustomerPage list(ListCustomersParams params) {
        return list(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CUSTOMERS_LIST}. */
    public CustomerPage list(ListCustomersParams params, RequestOptions options) {
        return Futures.call(() -> bridge.listCustomers(params, options));
    }

    /** {@link KelviqOperation#CUSTOMERS_LIST_ALL}. */
    public PagedIterable<Customer> listAll() {
        return listAll(ListCustomersParams.DEFAULT, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CUSTOMERS_LIST_ALL}. */
    public PagedIterable<Customer> listAll(ListCustomersParams params) {
        return listAll(params, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CUSTOMERS_LIST_ALL}. */
    public PagedIterable<Customer> listAll(ListCustomersParams params, RequestOptions options) {
        return new PagedIterable<>(() -> bridge.customerPages(params, options));
    }

    /** {@link KelviqOperation#CUSTOMERS_ARCHIVE}. */
    public ArchiveResult archive(String customerId) {
        return archive(customerId, RequestOptions.DEFAULT);
    }

    /** {@link KelviqOperation#CUSTOMERS_ARCHIVE}. */
    public ArchiveResult archive(String customerId, RequestOptions options) {
        return Futures.call(() -> bridge.archiveCustomer(customerId, options));
    }
}
