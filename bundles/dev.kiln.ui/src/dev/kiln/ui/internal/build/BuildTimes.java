package dev.kiln.ui.internal.build;

import java.time.Duration;
import java.util.Locale;

import dev.kiln.image.cache.CachePolicy;
import dev.kiln.ui.internal.UIText;

/** How the build console, the notifications and the Appliance Images view write times and sizes. */
final class BuildTimes {

	private BuildTimes() {
	}

	/** "0.4 s", "12 s", "1 min 15 s". */
	static String format(Duration duration) {
		long millis = duration.toMillis();
		if (millis < 10_000) {
			return UIText.bind(UIText.BuildTimes_seconds, String.format(Locale.ROOT, "%.1f", millis / 1000.0)); //$NON-NLS-1$
		}
		long seconds = Math.round(millis / 1000.0);
		if (seconds < 60) {
			return UIText.bind(UIText.BuildTimes_seconds, seconds);
		}
		return UIText.bind(UIText.BuildTimes_minutes, seconds / 60, seconds % 60);
	}

	/** "412 MiB". */
	static String size(long bytes) {
		return CachePolicy.formatSize(bytes);
	}
}
