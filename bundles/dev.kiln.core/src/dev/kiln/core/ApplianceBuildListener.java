package dev.kiln.core;

/**
 * Hears an {@link ApplianceBuildJob} while it runs, on the job's threads: the workbench's build console
 * writes what it hears. Implementations must be thread-safe and quick (the engine waits for them).
 */
public interface ApplianceBuildListener {

	/** A step of the build begins, named as the progress names it ("Installing packages"). */
	void step(String name);

	/** A line of the tools' output or a decision of the engine, in the current step. */
	void line(String text);
}
