package dev.kiln.model.io;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import dev.kiln.model.Appliance;

/**
 * What {@link ManifestLoader} read: the appliance, when the file was well-formed enough to give
 * one (possibly with some values rejected), and the load problems, each located.
 */
public final class LoadResult {

	private final String file;
	private final Appliance appliance;
	private final List<ManifestProblem> problems;

	LoadResult(String file, Appliance appliance, List<ManifestProblem> problems) {
		this.file = file;
		this.appliance = appliance;
		this.problems = List.copyOf(problems);
	}

	public String file() {
		return file;
	}

	public Optional<Appliance> appliance() {
		return Optional.ofNullable(appliance);
	}

	public List<ManifestProblem> problems() {
		return problems;
	}

	public boolean hasErrors() {
		return problems.stream().anyMatch(ManifestProblem::isError);
	}

	/** @return the line the object was read from, or 0 */
	public int lineOf(EObject object) {
		return SourcePosition.lineOf(object);
	}
}
