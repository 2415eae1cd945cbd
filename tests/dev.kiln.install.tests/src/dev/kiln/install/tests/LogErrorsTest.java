package dev.kiln.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The install test's reading of an Eclipse .log: ERROR entries (severity 4) count, others do not. */
class LogErrorsTest {

	private static final String LOG = """
			!SESSION 2026-12-03 06:29:13.420 -----------------------------------------------
			eclipse.buildId=unknown

			!ENTRY org.eclipse.ui 2 0 2026-12-03 06:30:20.001
			!MESSAGE a warning

			!ENTRY org.eclipse.ui 4 0 2026-12-03 06:30:24.220
			!MESSAGE Unhandled event loop exception
			!STACK 0
			org.eclipse.swt.SWTException: Widget is disposed

			!ENTRY dev.kiln.core 1 0 2026-12-03 06:30:25.000
			!MESSAGE an info with 4 in it
			""";

	@Test
	void onlyEntriesOfSeverityFourAreErrors() {
		StockIde.Session session = new StockIde.Session(new Properties(), LOG, "");
		assertEquals(List.of("!ENTRY org.eclipse.ui 4 0 2026-12-03 06:30:24.220 !MESSAGE Unhandled event loop exception"),
				session.errors());
	}

	@Test
	void anEmptyLogHasNoErrors() {
		assertEquals(List.of(), new StockIde.Session(new Properties(), "", "").errors());
	}
}
