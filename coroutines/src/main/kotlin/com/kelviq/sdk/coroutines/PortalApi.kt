package com.kelviq.sdk.coroutines

import com.kelviq.sdk.KelviqOperation
import com.kelviq.sdk.RequestOptions
import com.kelviq.sdk.internal.service.PortalService
import com.kelviq.sdk.model.PortalSession

/**
 * The customer portal area of [KelviqClient].
 *
 * ```kotlin
 * val link = kelviq.portal.createSession("c1").signedUrl()
 * ```
 */
public class PortalApi internal constructor(private val service: PortalService) {
    /** [KelviqOperation.PORTAL_CREATE_SESSION]. */
    public suspend fun createSession(customerId: String, options: RequestOptions = RequestOptions.DEFAULT): PortalSession =
        service.createSession(customerId, options)
}
