package com.kelviq.sdk.blocking;

import com.kelviq.sdk.internal.bridge.PageCursor;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a paginated list, fetched lazily one page at a time.
 *
 * <p>Nothing is requested when the iterable is created: the first page is fetched by the first
 * {@code hasNext()} of an iterator, and each further page only once the previous one has been
 * consumed. Each call to {@link #iterator()} (or {@link #stream()}) walks the pages again from the
 * first one.
 *
 * <pre>{@code
 * for (Customer customer : client.customers().listAll()) {
 *     System.out.println(customer.getCustomerId());
 * }
 * List<Customer> firstTen = client.customers().listAll().stream().limit(10).collect(Collectors.toList());
 * }</pre>
 *
 * <p>Page fetches block the iterating thread and throw the same exceptions as the other blocking
 * calls ({@code KelviqException} subclasses). An iterator is not thread-safe; the iterable is.
 *
 * @param <T> the item type, e.g. {@code Customer}
 */
public final class PagedIterable<T> implements Iterable<T> {
    private final Supplier<PageCursor<T>> cursors;

    PagedIterable(Supplier<PageCursor<T>> cursors) {
        this.cursors = Objects.requireNonNull(cursors, "cursors");
    }

    /**
     * A new iterator walking the pages from the first one; no request is made before its first
     * {@code hasNext()} or {@code next()}.
     *
     * @return a lazy iterator over every item of every page
     */
    @Override
    public Iterator<T> iterator() {
        return new PageIterator<>(cursors.get());
    }

    /**
     * A sequential stream over every item of every page, fetching pages only as the stream pulls
     * items (so {@code stream().limit(n)} fetches only the pages holding the first {@code n}
     * items).
     *
     * @return a lazy sequential stream
     */
    public Stream<T> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    /** Shows the type only: the iterable holds no items itself. */
    @Override
    public String toString() {
        return "PagedIterable";
    }

    private static final class PageIterator<T> implements Iterator<T> {
        private final PageCursor<T> cursor;
        private Iterator<T> page = Collections.emptyIterator();
        private boolean done;

        PageIterator(PageCursor<T> cursor) {
            this.cursor = cursor;
        }

        @Override
        public boolean hasNext() {
            while (!page.hasNext()) {
                if (done) {
                    return false;
                }
                List<T> items = Futures.call(cursor::nextPage);
                if (items == null) {
                    done = true;
                } else {
                    page = items.iterator();
                }
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more items");
            }
            return page.next();
        }
    }
}
