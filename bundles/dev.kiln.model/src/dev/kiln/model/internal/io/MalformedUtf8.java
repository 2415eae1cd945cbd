package dev.kiln.model.internal.io;

import java.io.CharConversionException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The first byte of a document that is not UTF-8, with its line and column. The XML parser reports
 * such a byte as an exception of its own implementation, without a position (the JDK's Xerces:
 * {@code MalformedByteSequenceException}, a {@link CharConversionException}); this finds it again so
 * that the problem can say in words what is wrong and where.
 *
 * @param value
 *            the byte, 0 to 255
 * @param line
 *            its line, from 1
 * @param column
 *            its column in characters, from 1
 */
public record MalformedUtf8(int value, int line, int column) {

	/** @return the first byte of {@code content} that does not decode as UTF-8; empty when all of it does */
	public static Optional<MalformedUtf8> find(byte[] content) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content);
		CharBuffer out = CharBuffer.allocate(4096);
		int line = 1;
		int column = 1;
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			out.flip();
			while (out.hasRemaining()) {
				char c = out.get();
				if (c == '\n') {
					line++;
					column = 1;
				} else if (!Character.isLowSurrogate(c)) {
					column++;
				}
			}
			out.clear();
			if (result.isError()) {
				return Optional.of(new MalformedUtf8(content[in.position()] & 0xff, line, column));
			}
			if (result.isUnderflow()) {
				return Optional.empty();
			}
		}
	}

	/** Whether {@code failure}, or one of its causes, is the parser meeting bytes that are not text in the document's encoding. */
	public static boolean causes(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CharConversionException) {
				return true;
			}
		}
		return false;
	}
}
