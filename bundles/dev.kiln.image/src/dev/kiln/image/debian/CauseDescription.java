package dev.kiln.image.debian;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

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
			return "connection timed out";
		}
		if (cause instanceof HttpTimeoutException) {
			return "no complete answer in time";
		}
		if (cause instanceof ConnectException) {
			return cause.getMessage() == null || cause.getMessage().isBlank() ? "connection refused" : cause.getMessage();
		}
		if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
			return "unknown host" + (cause.getMessage() == null ? "" : " " + cause.getMessage());
		}
		if (cause instanceof NoSuchFileException) {
			return "no such file";
		}
		if (cause instanceof AccessDeniedException) {
			return "permission denied";
		}
		return null;
	}
}
