package com.kelviq.sdk.redis

import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.read.ListAppender
import org.slf4j.LoggerFactory

/** The lines the SDK logs under `com.kelviq` while [block] runs, as `LEVEL message`. */
inline fun <T> capturingLogs(block: (lines: () -> List<String>) -> T): T {
    val logger = LoggerFactory.getLogger("com.kelviq") as Logger
    val appender = ListAppender<ILoggingEvent>().apply { start() }
    logger.addAppender(appender)
    try {
        return block { synchronized(appender.list) { appender.list.map { "${it.level} ${it.formattedMessage}" } } }
    } finally {
        logger.detachAppender(appender)
    }
}
