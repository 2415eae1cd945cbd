package dev.kiln.image;

/** The build was cancelled through {@link Progress#isCancelled()}; nothing was left with a final name. */
public class BuildCancelledException extends ImageBuildException {

	private static final long serialVersionUID = 1L;

	public BuildCancelledException() {
		super("The build was cancelled.");
	}
}
