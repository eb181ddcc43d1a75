package com.kelviq.sdk.reactor

import com.kelviq.sdk.model.ActivateLicenseParams
import com.kelviq.sdk.model.CreateChargeParams
import com.kelviq.sdk.model.CreateRefundParams
import com.kelviq.sdk.model.DeactivateLicenseParams
import com.kelviq.sdk.model.ListCheckoutSessionsParams
import com.kelviq.sdk.model.ListEventsParams
import com.kelviq.sdk.model.ListOrdersParams
import com.kelviq.sdk.model.ListPaymentMethodsParams
import com.kelviq.sdk.model.ListRefundsParams
import com.kelviq.sdk.model.ListTransactionsParams
import com.kelviq.sdk.model.ProductOfferingParams
import com.kelviq.sdk.model.ValidateLicenseParams
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.RuntimeWireFixtures
import com.kelviq.sdk.testing.WireFixture
import com.kelviq.sdk.testing.services
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import reactor.core.publisher.Mono

/** Every runtime-API operation of [ReactorKelviqClient] sends exactly its shared fixture's request and emits what core decodes. */
class ReactorRuntimeWireTest : FunSpec({
    BlockHoundSupport.install()
    val mock = MockKelviq()
    val kelviq = ReactorKelviqClient.create(mock.core)
    afterSpec { kelviq.close() }

    @Suppress("UNCHECKED_CAST")
    val calls: Map<String, (Any?) -> Mono<out Any>> = mapOf(
        "portal.createSession" to { i -> kelviq.portal().createSession(i as String) },
        "charges.create" to { i -> kelviq.charges().create(i as CreateChargeParams) },
        "licenses.activate" to { i -> kelviq.licenses().activate(i as ActivateLicenseParams) },
        "licenses.deactivate" to { i -> kelviq.licenses().deactivate(i as DeactivateLicenseParams) },
        "licenses.validate" to { i -> kelviq.licenses().validate(i as ValidateLicenseParams) },
        "refunds.create" to { i -> kelviq.refunds().create(i as CreateRefundParams) },
        "refunds.list" to { i -> kelviq.refunds().list(i as ListRefundsParams) },
        "refunds.retrieve" to { i -> kelviq.refunds().retrieve(i as String) },
        "transactions.list" to { i -> kelviq.transactions().list(i as ListTransactionsParams) },
        "checkout.listSessions" to { i -> kelviq.checkout().listSessions(i as ListCheckoutSessionsParams) },
        "checkout.retrieveSession" to { i -> kelviq.checkout().retrieveSession(i as String) },
        "checkout.listSessionEvents" to { i -> (i as Pair<String, ListEventsParams>).let { (id, p) -> kelviq.checkout().listSessionEvents(id, p) } },
        "offerings.retrieve" to { i -> (i as Pair<String, ProductOfferingParams>).let { (id, p) -> kelviq.offerings().retrieve(id, p) } },
        "paymentMethods.list" to { i -> kelviq.paymentMethods().list(i as ListPaymentMethodsParams) },
        "orders.list" to { i -> kelviq.orders().list(i as ListOrdersParams) },
        "orders.retrieve" to { i -> kelviq.orders().retrieve(i as String) },
        "orders.listEvents" to { i -> (i as Pair<String, ListEventsParams>).let { (id, p) -> kelviq.orders().listEvents(id, p) } },
    )

    test("every runtime fixture is run") {
        calls.keys shouldBe RuntimeWireFixtures.all().map { it.name }.toSet()
    }

    for (fixture in RuntimeWireFixtures.all()) {
        test(fixture.name) {
            @Suppress("UNCHECKED_CAST")
            mock.sameAsCore<Any?, Any>(fixture.wire as WireFixture<Any?>, { fixture.callCore(mock.core.services)!! }, {
                calls.getValue(fixture.name)(it) as Mono<Any>
            })
        }
    }
})
