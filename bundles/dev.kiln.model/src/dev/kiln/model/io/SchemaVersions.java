package dev.kiln.model.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kiln.model.AppliancePackage;

/**
 * The manifest namespaces Kiln reads: the current one, loaded directly, and older ones, each
 * with the migration to its successor. Immutable; {@link #withMigration} returns a new registry.
 */
public final class SchemaVersions {

	private final String currentNamespace;
	private final Map<String, SchemaMigration> migrations;

	private SchemaVersions(String currentNamespace, Map<String, SchemaMigration> migrations) {
		this.currentNamespace = currentNamespace;
		this.migrations = Map.copyOf(migrations);
	}

	/**
	 * The versions this release of Kiln knows. Version 1.0 is current and needs no migration;
	 * when 1.1 is introduced its entry is {@code withMigration(new NamespaceMigration(1.0, 1.1, …))}.
	 */
	public static SchemaVersions standard() {
		return new SchemaVersions(AppliancePackage.eNS_URI, Map.of());
	}

	public SchemaVersions withMigration(SchemaMigration migration) {
		if (migration.sourceNamespace().equals(currentNamespace)) {
			throw new IllegalArgumentException("the current namespace cannot be migrated: " + currentNamespace); //$NON-NLS-1$
		}
		Map<String, SchemaMigration> more = new HashMap<>(migrations);
		more.put(migration.sourceNamespace(), migration);
		return new SchemaVersions(currentNamespace, more);
	}

	public String currentNamespace() {
		return currentNamespace;
	}

	/**
	 * @return the migrations that bring a document of the namespace to the current one, in order
	 *         (empty for the current namespace), or nothing for an unknown namespace
	 */
	public Optional<List<SchemaMigration>> migrationsFrom(String namespace) {
		List<SchemaMigration> chain = new ArrayList<>();
		String at = namespace;
		while (!currentNamespace.equals(at)) {
			SchemaMigration next = migrations.get(at);
			if (next == null || chain.contains(next)) {
				return Optional.empty();
			}
			chain.add(next);
			at = next.targetNamespace();
		}
		return Optional.of(chain);
	}
}
