package dev.kiln.build.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The OSGi headers of one MANIFEST.MF of the repository (a bundle of bundles/, a fragment or a
 * support bundle of tests/), each header split into its clauses.
 *
 * @param file
 *            the MANIFEST.MF, relative to the repository
 * @param fragmentHost
 *            the host's symbolic name, or {@code null} for a bundle
 */
record BundleManifest(Path file, String symbolicName, String fragmentHost, List<Clause> requireBundle,
		List<Clause> importPackage, List<Clause> exportPackage) {

	/** One entry of a header: a bundle or package name with its attributes and directives (by name, unquoted). */
	record Clause(String header, String name, Map<String, String> parameters) {

		String parameter(String key) {
			return parameters.get(key);
		}

		/** As the MANIFEST.MF names it, e.g. {@code Require-Bundle: org.eclipse.core.resources}. */
		@Override
		public String toString() {
			return header + ": " + name;
		}
	}

	/** Every MANIFEST.MF of bundles/*&#47; and tests/*&#47;, ordered by path. */
	static List<BundleManifest> readAll(Path repository) {
		List<BundleManifest> manifests = new ArrayList<>();
		for (String top : List.of("bundles", "tests")) {
			try (Stream<Path> folders = Files.list(repository.resolve(top))) {
				for (Path folder : folders.sorted().toList()) {
					Path file = folder.resolve("META-INF/MANIFEST.MF");
					if (Files.isRegularFile(file)) {
						manifests.add(read(repository, repository.relativize(file)));
					}
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return List.copyOf(manifests);
	}

	static BundleManifest read(Path repository, Path file) {
		Attributes headers;
		try (InputStream in = Files.newInputStream(repository.resolve(file))) {
			headers = new Manifest(in).getMainAttributes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String symbolicName = clauses("Bundle-SymbolicName", headers.getValue("Bundle-SymbolicName")).get(0).name();
		List<Clause> host = clauses("Fragment-Host", headers.getValue("Fragment-Host"));
		return new BundleManifest(file, symbolicName, host.isEmpty() ? null : host.get(0).name(),
				clauses("Require-Bundle", headers.getValue("Require-Bundle")),
				clauses("Import-Package", headers.getValue("Import-Package")),
				clauses("Export-Package", headers.getValue("Export-Package")));
	}

	boolean isFragment() {
		return fragmentHost != null;
	}

	/** The folder of the bundle in the repository. */
	Path folder() {
		return file.getParent().getParent();
	}

	/** Splits a header at the commas and semicolons outside quotes; a clause with several names gives one clause each. */
	private static List<Clause> clauses(String header, String value) {
		List<Clause> clauses = new ArrayList<>();
		if (value == null) {
			return clauses;
		}
		for (String clause : split(value, ',')) {
			List<String> names = new ArrayList<>();
			Map<String, String> parameters = new LinkedHashMap<>();
			for (String part : split(clause, ';')) {
				int equals = part.indexOf('=');
				if (equals < 0) {
					names.add(part.strip());
				} else {
					String key = part.substring(0, equals).strip();
					key = key.endsWith(":") ? key.substring(0, key.length() - 1) : key;
					parameters.put(key, part.substring(equals + 1).strip().replace("\"", ""));
				}
			}
			for (String name : names) {
				clauses.add(new Clause(header, name, Map.copyOf(parameters)));
			}
		}
		return clauses;
	}

	private static List<String> split(String text, char separator) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		boolean quoted = false;
		for (char c : text.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == separator && !quoted) {
				parts.add(part.toString());
				part.setLength(0);
			} else {
				part.append(c);
			}
		}
		parts.add(part.toString());
		return parts.stream().filter(p -> !p.isBlank()).toList();
	}
}
