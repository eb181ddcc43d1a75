package com.kelviq.sdk.spring.autoconfigure.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans both test shops share: what they heard ({@link ShopEvents}) and the observations made ({@link ShopObservations}). */
@Configuration(proxyBeanMethods = false)
class ShopTestBeans {
    @Bean
    ShopEvents shopEvents() {
        return new ShopEvents();
    }

    @Bean
    ShopObservations shopObservations() {
        return new ShopObservations();
    }
}
