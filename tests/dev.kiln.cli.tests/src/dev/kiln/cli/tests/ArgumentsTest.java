package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.kiln.cli.internal.Arguments;
import dev.kiln.cli.internal.UsageException;

/** How commands read their arguments: the same rules for every command. */
class ArgumentsTest {

	private static Arguments parse(String... arguments) throws UsageException {
		return Arguments.parse(List.of(arguments), Set.of("--output"), Set.of("--verbose"));
	}

	@Test
	void anOptionTakesItsValueAfterASpaceOrAnEqualsSign() throws UsageException {
		assertEquals(Map.of("--output", "out"), parse("project", "--output", "out").options());
		assertEquals(Map.of("--output", "a=b"), parse("--output=a=b", "project").options());
		assertEquals(List.of("project"), parse("--output=out", "project").positionals());
	}

	@Test
	void aDoubleDashEndsTheOptions() throws UsageException {
		Arguments arguments = parse("--verbose", "--", "--output");
		assertTrue(arguments.flag("--verbose"));
		assertEquals(List.of("--output"), arguments.positionals());
	}

	@Test
	void anUnknownOptionIsAUsageErrorNamingIt() {
		UsageException e = assertThrows(UsageException.class, () -> parse("project", "--outptu", "x"));
		assertTrue(e.getMessage().contains("--outptu"), e.getMessage());
	}

	@Test
	void anOptionWithoutItsValueIsAUsageError() {
		UsageException e = assertThrows(UsageException.class, () -> parse("project", "--output"));
		assertTrue(e.getMessage().contains("--output"), e.getMessage());
		assertThrows(UsageException.class, () -> parse("project", "--output="));
	}

	@Test
	void anOptionGivenTwiceIsAUsageError() {
		assertThrows(UsageException.class, () -> parse("--output", "a", "--output", "b"));
	}

	@Test
	void aFlagTakesNoValue() {
		assertThrows(UsageException.class, () -> parse("--verbose=yes"));
	}
}
