package dev.kiln.model.internal.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Finds items of a list that repeat the key of an earlier item. */
final class Duplicates {

	private Duplicates() {
	}

	/**
	 * Calls {@code onDuplicate(first, repeat)} for every item whose key an earlier item already
	 * has; items with a {@code null} key are skipped.
	 */
	static <T> void find(List<T> items, Function<T, ?> key, BiConsumer<T, T> onDuplicate) {
		Map<Object, T> seen = new HashMap<>();
		for (T item : items) {
			Object itemKey = key.apply(item);
			if (itemKey == null) {
				continue;
			}
			T first = seen.putIfAbsent(itemKey, item);
			if (first != null) {
				onDuplicate.accept(first, item);
			}
		}
	}
}
