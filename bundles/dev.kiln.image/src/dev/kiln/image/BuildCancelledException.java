package dev.kiln.image;

import dev.kiln.image.internal.ImageText;

/** The build was cancelled through {@link Progress#isCancelled()}; nothing was left with a final name. */
public class BuildCancelledException extends ImageBuildException {

	private static final long serialVersionUID = 1L;

	public BuildCancelledException() {
		super(ImageText.BuildCancelledException_message);
	}
}
