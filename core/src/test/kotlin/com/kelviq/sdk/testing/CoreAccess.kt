@file:OptIn(InternalKelviqApi::class)
@file:JvmName("CoreAccess")

package com.kelviq.sdk.testing

import com.kelviq.sdk.KelviqCore
import com.kelviq.sdk.internal.CoreServices
import com.kelviq.sdk.internal.InternalKelviqApi
import com.kelviq.sdk.internal.KelviqInternals
import com.kelviq.sdk.internal.bridge.FuturesBridge
import com.kelviq.sdk.internal.service.CheckoutService
import com.kelviq.sdk.internal.service.CustomersService
import com.kelviq.sdk.internal.service.EntitlementsService
import com.kelviq.sdk.internal.service.ReportingService
import com.kelviq.sdk.internal.service.SubscriptionsService

/** Test access to a core's internal services (applications use a client flavour). */
val KelviqCore.services: CoreServices get() = KelviqInternals.services(this)
val KelviqCore.customers: CustomersService get() = KelviqInternals.services(this).customers
val KelviqCore.checkout: CheckoutService get() = KelviqInternals.services(this).checkout
val KelviqCore.entitlements: EntitlementsService get() = KelviqInternals.services(this).entitlements
val KelviqCore.reporting: ReportingService get() = KelviqInternals.services(this).reporting
val KelviqCore.subscriptions: SubscriptionsService get() = KelviqInternals.services(this).subscriptions

/** The futures bridge of the async client (calls complete on the SDK's threads). */
val KelviqCore.futures: FuturesBridge get() = KelviqInternals.services(this).futures
