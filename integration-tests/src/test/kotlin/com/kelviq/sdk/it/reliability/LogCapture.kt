package com.kelviq.sdk.it.reliability

import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.LoggerContext
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.classic.spi.IThrowableProxy
import ch.qos.logback.core.read.ListAppender
import org.slf4j.LoggerFactory

/** Captures every logging event reaching the root logger (the SDK's loggers are at TRACE in logback-test.xml). */
internal class LogCapture : AutoCloseable {
    private val root: Logger = (LoggerFactory.getILoggerFactory() as LoggerContext).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
    private val appender = ListAppender<ILoggingEvent>().apply {
        context = root.loggerContext
        name = "capture-${System.identityHashCode(this)}"
        start()
    }

    init {
        root.addAppender(appender)
    }

    /** A snapshot of the events captured so far. */
    val events: List<ILoggingEvent> get() = synchronized(appender) { appender.list.toList() }

    /**
     * Every piece of text an appender could print from [event]: the formatted and raw message, each
     * argument, MDC and key-value pairs, and the whole throwable chain (class names, messages, stack
     * frames, causes, suppressed).
     */
    fun texts(event: ILoggingEvent): List<String> {
        val out = ArrayList<String>()
        out += event.formattedMessage ?: ""
        out += event.message ?: ""
        out += event.loggerName
        out += event.threadName ?: ""
        event.argumentArray?.forEach { out += it.toString() }
        event.mdcPropertyMap?.forEach { (k, v) -> out += "$k=$v" }
        event.keyValuePairs?.forEach { out += "${it.key}=${it.value}" }
        event.markerList?.forEach { out += it.toString() }
        throwableTexts(event.throwableProxy, out, HashSet())
        return out
    }

    private fun throwableTexts(proxy: IThrowableProxy?, out: MutableList<String>, seen: MutableSet<IThrowableProxy>) {
        if (proxy == null || !seen.add(proxy)) return
        out += proxy.className
        out += proxy.message ?: ""
        proxy.stackTraceElementProxyArray?.forEach { out += it.steAsString }
        throwableTexts(proxy.cause, out, seen)
        proxy.suppressed?.forEach { throwableTexts(it, out, seen) }
    }

    override fun close() {
        root.detachAppender(appender)
        appender.stop()
    }
}
