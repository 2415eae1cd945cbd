package dev.kiln.core.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Makes builds of one project wait for each other (they write the same files) while conflicting with
 * no resource rule, so the workspace stays usable during a build of several minutes.
 */
public record ProjectBuildRule(IProject project) implements ISchedulingRule {

	@Override
	public boolean contains(ISchedulingRule rule) {
		return equals(rule);
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return equals(rule);
	}
}
