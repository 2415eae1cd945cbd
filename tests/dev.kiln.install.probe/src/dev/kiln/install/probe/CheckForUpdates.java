package dev.kiln.install.probe;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.Update;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * What Help → Check for Updates does once the user has added an update site (Available Software Sites):
 * p2's {@link UpdateOperation} on the running installation's profile finds the newer versions of its roots
 * in the known repositories, and its provisioning job installs them. Without the dialogs: the report says
 * what was offered and how the installation went; the IDE is then restarted by the test.
 */
final class CheckForUpdates {

	private final URI site;

	CheckForUpdates(URI site) {
		this.site = site;
	}

	void run(Properties result) throws InvalidSyntaxException {
		IProvisioningAgent agent = runningAgent();
		agent.getService(IMetadataRepositoryManager.class).addRepository(site);
		agent.getService(IArtifactRepositoryManager.class).addRepository(site);

		UpdateOperation operation = new UpdateOperation(new ProvisioningSession(agent));
		NullProgressMonitor monitor = new NullProgressMonitor();
		IStatus resolved = operation.resolveModal(monitor);
		result.setProperty("update.resolved", describe(resolved));
		List<String> offered = new ArrayList<>();
		for (Update update : operation.getPossibleUpdates()) {
			offered.add(update.toUpdate.getId() + " " + update.toUpdate.getVersion() + " -> " + update.replacement.getVersion());
		}
		result.setProperty("update.offered", String.join(",", offered));
		if (resolved.getSeverity() <= IStatus.WARNING && resolved.getCode() != UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
			ProvisioningJob job = operation.getProvisioningJob(monitor);
			result.setProperty("update.installed", job == null ? "no job" : describe(job.runModal(monitor)));
		}
	}

	/** The profile agent of this installation (the one the p2 UI uses), registered by p2 as the current one. */
	private static IProvisioningAgent runningAgent() throws InvalidSyntaxException {
		BundleContext context = FrameworkUtil.getBundle(CheckForUpdates.class).getBundleContext();
		Collection<ServiceReference<IProvisioningAgent>> references = context.getServiceReferences(IProvisioningAgent.class,
				"(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
		if (references.isEmpty()) {
			throw new IllegalStateException("no current p2 agent: is eclipse.p2.data.area set in config.ini?");
		}
		return context.getService(references.iterator().next());
	}

	private static String describe(IStatus status) {
		StringBuilder text = new StringBuilder(severity(status) + " " + status.getMessage());
		for (IStatus child : status.getChildren()) {
			text.append(" | ").append(describe(child));
		}
		return text.toString();
	}

	private static String severity(IStatus status) {
		return switch (status.getSeverity()) {
		case IStatus.OK -> "OK";
		case IStatus.INFO -> "INFO";
		case IStatus.WARNING -> "WARNING";
		case IStatus.CANCEL -> "CANCEL";
		default -> "ERROR";
		};
	}
}
