package dev.kiln.ui.testsupport;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: when a test fails, captures the display before any {@code @AfterEach} clean-up
 * closes the dialog that shows what went wrong. Files go to {@link Screenshots#directory()}.
 */
public class ScreenshotOnFailure implements AfterTestExecutionCallback {

	@Override
	public void afterTestExecution(ExtensionContext context) {
		if (context.getExecutionException().isEmpty()) {
			return;
		}
		String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName() + ".png";
		Path file = Screenshots.directory().resolve(name);
		try {
			Screenshots.captureDisplay(file);
			System.err.println("Screenshot of the failure: " + file.toAbsolutePath());
		} catch (RuntimeException e) {
			System.err.println("Could not take a screenshot of the failure: " + e);
		}
	}
}
