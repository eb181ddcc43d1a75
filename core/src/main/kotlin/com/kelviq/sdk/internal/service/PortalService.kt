package com.kelviq.sdk.internal.service

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.json.Decoders
import com.kelviq.sdk.internal.transport.KelviqTransport
import com.kelviq.sdk.internal.transport.Operation
import com.kelviq.sdk.internal.validation.Checks
import com.kelviq.sdk.model.PortalSession
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject

/** The portal area ([KelviqOperation.PORTAL_CREATE_SESSION]). */
public class PortalService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {
    /** [KelviqOperation.PORTAL_CREATE_SESSION]. */
    public suspend fun createSession(customerId: String, options: RequestOptions = RequestOptions.DEFAULT): PortalSession =
        transport.execute(Ops.createSession(customerId), options.over(defaults))

    internal object Ops {
        fun createSession(customerId: String) = Operation(
            KelviqOperation.PORTAL_CREATE_SESSION,
            body = buildJsonObject { put("customerId", JsonPrimitive(Checks.id("customerId", customerId))) },
            decoder = Decoders.json(PortalSession.serializer()),
        )
    }
}
