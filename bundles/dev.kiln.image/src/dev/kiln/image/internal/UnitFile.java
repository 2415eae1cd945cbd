package dev.kiln.image.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what Kiln needs of a systemd unit file (systemd.unit(5)): the [Install] section. */
final class UnitFile {

	private UnitFile() {
	}

	/** The [Install] section's settings; list-valued settings split on white space, repeated keys joined. */
	static Map<String, List<String>> installSection(String text) {
		Map<String, List<String>> settings = new LinkedHashMap<>();
		boolean inInstall = false;
		for (String raw : text.replace("\\\n", " ").split("\n")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			if (line.startsWith("[")) { //$NON-NLS-1$
				inInstall = line.equals("[Install]"); //$NON-NLS-1$
				continue;
			}
			int eq = line.indexOf('=');
			if (!inInstall || eq < 0) {
				continue;
			}
			String key = line.substring(0, eq).strip();
			String value = line.substring(eq + 1).strip();
			List<String> values = settings.computeIfAbsent(key, k -> new ArrayList<>());
			if (value.isEmpty()) {
				values.clear();
			} else {
				values.addAll(List.of(value.split("\\s+"))); //$NON-NLS-1$
			}
		}
		return settings;
	}
}
