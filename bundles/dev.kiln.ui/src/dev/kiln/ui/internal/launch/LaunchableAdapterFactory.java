package dev.kiln.ui.internal.launch;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.ILaunchable;

/**
 * Makes resources {@link ILaunchable}: the Platform shows the Run As menu only on elements that adapt to
 * it; which entries it lists is decided by the launch shortcuts' enablement.
 */
public final class LaunchableAdapterFactory implements IAdapterFactory {

	private static final ILaunchable LAUNCHABLE = new ILaunchable() {
		// a marker
	};

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		return adapterType == ILaunchable.class ? adapterType.cast(LAUNCHABLE) : null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { ILaunchable.class };
	}
}
