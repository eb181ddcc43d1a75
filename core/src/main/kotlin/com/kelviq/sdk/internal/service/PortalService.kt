package com.kelviq.sdk.internal.service

import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.Checks
import com.kelviq.sdk.internal.Decoders
import com.kelviq.sdk.internal.Host
import com.kelviq.sdk.internal.KelviqTransport
import com.kelviq.sdk.internal.Method
import com.kelviq.sdk.internal.Operation
import com.kelviq.sdk.internal.RetrySafety
import com.kelviq.sdk.model.PortalSession
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject

/** The portal area ([com.kelviq.sdk.KelviqOperation.PORTAL_CREATE_SESSION]). */
public class PortalService internal constructor(
    private val transport: KelviqTransport,
    private val defaults: RequestOptions = RequestOptions.DEFAULT,
) {
    /** [com.kelviq.sdk.KelviqOperation.PORTAL_CREATE_SESSION]. */
    public suspend fun createSession(customerId: String, options: RequestOptions = RequestOptions.DEFAULT): PortalSession =
        transport.execute(Ops.createSession(customerId), options.over(defaults))

    internal object Ops {
        fun createSession(customerId: String) = Operation(
            name = "portal.createSession", method = Method.POST, host = Host.API, path = listOf("portal", "session"),
            body = buildJsonObject { put("customerId", JsonPrimitive(Checks.id("customerId", customerId))) },
            safety = RetrySafety.IDEMPOTENT, decoder = Decoders.json(PortalSession.serializer()),
        )
    }
}
