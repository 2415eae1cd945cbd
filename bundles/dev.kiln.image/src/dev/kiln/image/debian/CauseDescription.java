package dev.kiln.image.debian;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import dev.kiln.image.internal.ImageText;

/**
 * Says in words why an I/O operation failed, for messages: the JDK's network exceptions often carry
 * no message at all ({@code ConnectException: null}).
 */
final class CauseDescription {

	private CauseDescription() {
	}

	static String of(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String known = known(cause);
			if (known != null) {
				return known;
			}
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
				return cause.getMessage();
			}
		}
		return failure.getClass().getSimpleName();
	}

	private static String known(Throwable cause) {
		if (cause instanceof HttpConnectTimeoutException) {
			return ImageText.CauseDescription_connectTimeout;
		}
		if (cause instanceof HttpTimeoutException) {
			return ImageText.CauseDescription_answerTimeout;
		}
		if (cause instanceof ConnectException) {
			return cause.getMessage() == null || cause.getMessage().isBlank()
					? ImageText.CauseDescription_connectionRefused : cause.getMessage();
		}
		if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
			return cause.getMessage() == null ? ImageText.CauseDescription_unknownHost
					: ImageText.bind(ImageText.CauseDescription_unknownNamedHost, cause.getMessage());
		}
		if (cause instanceof NoSuchFileException) {
			return ImageText.CauseDescription_noSuchFile;
		}
		if (cause instanceof AccessDeniedException) {
			return ImageText.CauseDescription_permissionDenied;
		}
		return null;
	}
}
