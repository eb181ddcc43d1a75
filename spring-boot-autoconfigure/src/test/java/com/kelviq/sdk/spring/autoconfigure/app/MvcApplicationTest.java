package com.kelviq.sdk.spring.autoconfigure.app;

import org.springframework.boot.WebApplicationType;

/** {@link RunningApplicationTest} on Spring MVC (Tomcat, the blocking client in the controller). */
class MvcApplicationTest extends RunningApplicationTest {
    @Override
    Class<?> application() {
        return MvcShopApplication.class;
    }

    @Override
    WebApplicationType webApplicationType() {
        return WebApplicationType.SERVLET;
    }
}
