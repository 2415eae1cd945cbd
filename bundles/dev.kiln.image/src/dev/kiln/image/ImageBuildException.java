package dev.kiln.image;

/** A build failed; the message says which step and why, in words for the user. */
public class ImageBuildException extends Exception {

	private static final long serialVersionUID = 1L;

	public ImageBuildException(String message) {
		super(message);
	}

	public ImageBuildException(String message, Throwable cause) {
		super(message, cause);
	}
}
