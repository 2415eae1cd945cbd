package dev.kiln.ui.internal.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import dev.kiln.model.Appliance;
import dev.kiln.model.edit.provider.ApplianceItemProviderAdapterFactory;
import dev.kiln.model.internal.io.ApplianceResource;
import dev.kiln.model.io.ManifestWriter;

/**
 * The appliance an editor edits: one resource in an EMF.Edit editing domain, whose command stack
 * every change goes through (form pages, Properties view, Outline, quick fixes), so each is
 * undoable and marks the editor dirty. The root is {@code null} while the manifest has never been
 * readable.
 */
public final class ManifestModel {

	private final ComposedAdapterFactory adapterFactory;
	private final ManifestCommandStack commandStack;
	private final AdapterFactoryEditingDomain domain;
	private final Resource resource;

	/**
	 * @param beforeChange
	 *            run before each command, undo and redo; returns false to refuse the change
	 */
	ManifestModel(BooleanSupplier beforeChange) {
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ApplianceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		commandStack = new ManifestCommandStack(beforeChange);
		domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
		resource = new ApplianceResource(URI.createURI("appliance.xml")); //$NON-NLS-1$
		domain.getResourceSet().getResources().add(resource);
	}

	public Appliance root() {
		return resource.getContents().isEmpty() ? null : (Appliance) resource.getContents().get(0);
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	ManifestCommandStack commandStack() {
		return commandStack;
	}

	/** Runs a command on the stack; {@code null} and unexecutable commands are ignored. */
	public void execute(Command command) {
		if (command != null && command.canExecute()) {
			commandStack.execute(command);
		} else if (command != null) {
			command.dispose();
		}
	}

	public void addListener(CommandStackListener listener) {
		commandStack.addCommandStackListener(listener);
	}

	public void removeListener(CommandStackListener listener) {
		commandStack.removeCommandStackListener(listener);
	}

	/** Makes a freshly read appliance the root, without undo history (opening, reloading). */
	void reset(Appliance appliance) {
		commandStack.flush();
		resource.getContents().clear();
		if (appliance != null) {
			resource.getContents().add(appliance);
		}
		commandStack.flush();
	}

	/** Makes an appliance read from an edited source the root, as an undoable step. */
	void replaceBySource(Appliance appliance) {
		commandStack.executeUnchecked(new ReplaceRootCommand(resource, appliance));
	}

	/** @return the canonical text of the root ({@link ManifestWriter}) */
	String text() {
		try {
			return new String(new ManifestWriter().toBytes(root()), StandardCharsets.UTF_8);
		} catch (IOException e) {
			// written to memory: only a bug can get here
			throw new UncheckedIOException(e);
		}
	}

	void dispose() {
		commandStack.flush();
		adapterFactory.dispose();
	}
}
