package com.kelviq.sdk.spring.autoconfigure.app;

import org.springframework.boot.WebApplicationType;

/** {@link RunningApplicationTest} on WebFlux (Reactor Netty, the Reactor client in the controller). */
class WebFluxApplicationTest extends RunningApplicationTest {
    @Override
    Class<?> application() {
        return WebFluxShopApplication.class;
    }

    @Override
    WebApplicationType webApplicationType() {
        return WebApplicationType.REACTIVE;
    }
}
