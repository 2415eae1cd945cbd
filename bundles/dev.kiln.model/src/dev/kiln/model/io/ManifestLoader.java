package dev.kiln.model.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import dev.kiln.model.Appliance;
import dev.kiln.model.AppliancePackage;
import dev.kiln.model.internal.ModelText;
import dev.kiln.model.internal.io.ApplianceResource;
import dev.kiln.model.internal.io.DocumentMigrator;
import dev.kiln.model.internal.io.LoadProblems;
import dev.kiln.model.internal.io.MalformedUtf8;
import dev.kiln.model.internal.io.RootElement;

/**
 * Reads appliance.xml. Never throws for bad input: every failure becomes a located
 * {@link ManifestProblem} in the {@link LoadResult}. Parsing is hardened (no DOCTYPE, so no
 * external entities and no entity expansion), and documents of older schema versions are
 * migrated through {@link SchemaVersions} first.
 */
public final class ManifestLoader {

	private final SchemaVersions versions;

	public ManifestLoader() {
		this(SchemaVersions.standard());
	}

	public ManifestLoader(SchemaVersions versions) {
		this.versions = versions;
	}

	public LoadResult load(Path file) {
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		} catch (IOException e) {
			LoadProblems problems = new LoadProblems(file.toString());
			problems.add(LoadFailure.UNREADABLE, 0, 0, ModelText.bind(ModelText.ManifestLoader_unreadable, reason(e)));
			return new LoadResult(file.toString(), null, problems.list());
		}
		return load(content, file.toString(), URI.createFileURI(file.toAbsolutePath().toString()));
	}

	/**
	 * @param file
	 *            name used in problems, e.g. the workspace path
	 */
	public LoadResult load(byte[] content, String file) {
		return load(content, file, URI.createURI("appliance.xml")); //$NON-NLS-1$
	}

	private LoadResult load(byte[] content, String file, URI uri) {
		LoadProblems problems = new LoadProblems(file);
		Optional<byte[]> current = toCurrentVersion(content, problems);
		if (current.isEmpty()) {
			return new LoadResult(file, null, problems.list());
		}
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(AppliancePackage.eNS_URI, AppliancePackage.eINSTANCE);
		ApplianceResource resource = new ApplianceResource(uri);
		resourceSet.getResources().add(resource);
		Exception failure = null;
		try {
			resource.load(new ByteArrayInputStream(current.get()), null);
		} catch (IOException | RuntimeException e) {
			failure = e;
		}
		if (MalformedUtf8.causes(failure)
				|| resource.getErrors().stream().anyMatch(error -> error instanceof Throwable t && MalformedUtf8.causes(t))) {
			problems.addNotUtf8(current.get());
		} else {
			// EMF has recorded the located cause of a failure in resource.getErrors(); an unrecorded one is added here
			if (failure != null && resource.getErrors().isEmpty()) {
				problems.add(LoadFailure.NOT_WELL_FORMED, 1, 1, failure.getMessage() == null ? ModelText.LoadProblems_notWellFormed
						: ModelText.bind(ModelText.ManifestLoader_cannotLoad, failure.getMessage()));
			}
			problems.addAll(resource.getErrors(), 1);
		}
		Appliance appliance = resource.getContents().isEmpty() ? null
				: resource.getContents().get(0) instanceof Appliance root ? root : null;
		return new LoadResult(file, appliance, problems.list());
	}

	/** Checks the root element and migrates an older document; empty when it cannot be loaded. */
	private Optional<byte[]> toCurrentVersion(byte[] content, LoadProblems problems) {
		RootElement root;
		try {
			root = RootElement.read(content);
		} catch (SAXParseException e) {
			if (atMalformedByte(content, e)) {
				problems.addNotUtf8(content);
			} else {
				problems.add(e);
			}
			return Optional.empty();
		} catch (IOException e) {
			if (MalformedUtf8.causes(e)) {
				problems.addNotUtf8(content);
			} else {
				problems.add(LoadFailure.NOT_WELL_FORMED, 1, 1, ModelText.ManifestLoader_noRoot);
			}
			return Optional.empty();
		}
		Optional<List<SchemaMigration>> migrations = versions.migrationsFrom(root.namespace());
		if (migrations.isEmpty()) {
			String message = root.namespace().isEmpty()
					? ModelText.bind(ModelText.ManifestLoader_noNamespace, root.localName(), versions.currentNamespace())
					: ModelText.bind(ModelText.ManifestLoader_unknownNamespace, root.localName(), root.namespace(),
							versions.currentNamespace());
			problems.add(LoadFailure.UNKNOWN_NAMESPACE, root.line(), root.column(), message);
			return Optional.empty();
		}
		if (!ApplianceSchema.ROOT_ELEMENT.equals(root.localName())) {
			problems.add(LoadFailure.NOT_A_MANIFEST, root.line(), root.column(),
					ModelText.bind(ModelText.ManifestLoader_notAManifest, root.localName()));
			return Optional.empty();
		}
		if (migrations.get().isEmpty()) {
			return Optional.of(content);
		}
		try {
			return Optional.of(new DocumentMigrator(migrations.get()).migrate(content));
		} catch (SAXParseException e) {
			if (atMalformedByte(content, e)) {
				problems.addNotUtf8(content);
			} else {
				problems.add(e);
			}
		} catch (SAXException | IOException e) {
			if (MalformedUtf8.causes(e)) {
				problems.addNotUtf8(content);
			} else {
				problems.add(LoadFailure.UNREADABLE, root.line(), root.column(), e.getMessage());
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the parser stopped at the first byte that is not UTF-8: it says so in a message of its own
	 * and sometimes without the cause, but on that byte's line. A document that declares another encoding
	 * and fails elsewhere keeps the parser's message.
	 */
	private static boolean atMalformedByte(byte[] content, SAXParseException e) {
		return MalformedUtf8.causes(e)
				|| MalformedUtf8.find(content).filter(malformed -> malformed.line() == e.getLineNumber()).isPresent();
	}

	/** Why a file cannot be read, in words: the exception's class says more than its message, which is often just the path. */
	private static String reason(IOException e) {
		if (e instanceof NoSuchFileException) {
			return ModelText.ManifestLoader_noSuchFile;
		}
		if (e instanceof AccessDeniedException) {
			return ModelText.ManifestLoader_accessDenied;
		}
		return e.getMessage() == null ? ModelText.ManifestLoader_ioError : e.getMessage();
	}
}
