package dev.kiln.ui.testsupport;

/** Something a test waits for with {@link Bot#waitUntil(ICondition)}; as in SWTBot. */
public interface ICondition {

	/** @return whether the condition holds now; called repeatedly from the test thread */
	boolean test() throws Exception;

	/** @return what did not happen, for the failure message of a timeout */
	String getFailureMessage();
}
