package com.kelviq.sdk.service

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.Checks
import com.kelviq.sdk.internal.Decoders
import com.kelviq.sdk.internal.EntitlementAggregation
import com.kelviq.sdk.internal.Host
import com.kelviq.sdk.internal.KelviqTransport
import com.kelviq.sdk.internal.Method
import com.kelviq.sdk.internal.Operation
import com.kelviq.sdk.internal.RetrySafety
import com.kelviq.sdk.model.CustomerEntitlements
import com.kelviq.sdk.model.Entitlement

/**
 * The entitlements area as suspend operations, served by the edge host:
 * `GET /entitlements/?customer_id=[&feature_id=]`.
 */
public class EntitlementsService internal constructor(private val transport: KelviqTransport) {

    /**
     * Whether [customerId] may use [featureId] now, by the aggregation rule of [Entitlement.hasAccess];
     * `false` when the customer has no entry for the feature.
     */
    public suspend fun hasAccess(
        customerId: String,
        featureId: String,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Boolean = getEntitlement(customerId, featureId, options)?.hasAccess ?: false

    /** The aggregated entitlement of one feature, or `null` when the customer has no entry for it. */
    public suspend fun getEntitlement(
        customerId: String,
        featureId: String,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): Entitlement? {
        val all = transport.execute(Ops.one(customerId, featureId), options)
        return EntitlementAggregation.of(featureId, all.entitlements)
    }

    /** Every entitlement of [customerId]: the raw entries, with aggregated views. */
    public suspend fun getAllEntitlements(
        customerId: String,
        options: RequestOptions = RequestOptions.DEFAULT,
    ): CustomerEntitlements = transport.execute(Ops.all(customerId), options)

    internal object Ops {
        fun all(customerId: String) = Operation(
            name = "entitlements.getAllEntitlements", method = Method.GET, host = Host.EDGE, path = listOf("entitlements"),
            query = listOf("customer_id" to Checks.id("customerId", customerId)),
            safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(CustomerEntitlements.serializer()),
        )

        fun one(customerId: String, featureId: String) = Operation(
            name = "entitlements.getEntitlement", method = Method.GET, host = Host.EDGE, path = listOf("entitlements"),
            query = listOf(
                "customer_id" to Checks.id("customerId", customerId),
                "feature_id" to Checks.id("featureId", featureId),
            ),
            safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(CustomerEntitlements.serializer()),
        )
    }
}
