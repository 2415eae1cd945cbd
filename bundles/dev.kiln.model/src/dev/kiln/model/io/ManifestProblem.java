package dev.kiln.model.io;

/**
 * A located problem in a manifest, from loading ({@code KILN-L…}) or validation ({@code KILN-M…}).
 *
 * @param file
 *            the file as given to the loader
 * @param line
 *            1-based line, or 0 when the problem concerns the whole file
 * @param column
 *            1-based column, or 0 when unknown
 * @param code
 *            stable diagnostic code, e.g. {@code KILN-M021}
 */
public record ManifestProblem(String file, int line, int column, Severity severity, String code, String message) {

	public enum Severity {
		ERROR, WARNING, INFO
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase() + " " + code + ": " + message; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}
}
