package com.kelviq.sdk.reactor

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.PortalService
import com.kelviq.sdk.model.PortalSession
import com.kelviq.sdk.reactor.internal.coldMono
import reactor.core.publisher.Mono

/** The customer portal area of [ReactorKelviqClient]. */
public class ReactorPortalApi internal constructor(private val s: PortalService) {
    /** [KelviqOperation.PORTAL_CREATE_SESSION]. */
    @JvmOverloads
    public fun createSession(customerId: String, options: RequestOptions = RequestOptions.DEFAULT): Mono<PortalSession> =
        coldMono { s.createSession(customerId, options) }
}
