package dev.kiln.image.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.kiln.image.ImageBuildException;

/**
 * The image's users and groups: the base system's account files plus what the recipe adds, with ids
 * chosen deterministically (lowest free id in the system or the regular range) so that the same
 * recipe on the same base always gives the same files.
 */
final class Accounts {

	private static final int FIRST_SYSTEM_ID = 100;
	private static final int LAST_SYSTEM_ID = 999;
	private static final int FIRST_REGULAR_ID = 1000;
	private static final int LAST_REGULAR_ID = 59999;

	/** passwd fields by user name, group fields by group name, in file order. */
	private final Map<String, String[]> users = new LinkedHashMap<>();
	private final Map<String, String[]> groups = new LinkedHashMap<>();
	private final Map<String, String> shadow = new LinkedHashMap<>();
	private final Map<String, String[]> gshadow = new LinkedHashMap<>();
	private final long daysSinceEpoch;

	Accounts(String passwd, String group, String shadowText, String gshadowText, long sourceDateEpoch) {
		this.daysSinceEpoch = sourceDateEpoch / 86_400;
		for (String line : lines(passwd)) {
			String[] f = line.split(":", -1); //$NON-NLS-1$
			users.put(f[0], f);
		}
		for (String line : lines(group)) {
			String[] f = line.split(":", -1); //$NON-NLS-1$
			groups.put(f[0], f);
		}
		for (String line : lines(shadowText)) {
			shadow.put(line.substring(0, line.indexOf(':')), line);
		}
		for (String line : lines(gshadowText)) {
			String[] f = line.split(":", -1); //$NON-NLS-1$
			gshadow.put(f[0], f);
		}
	}

	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		if (text != null) {
			for (String line : text.split("\n")) { //$NON-NLS-1$
				if (!line.isBlank() && line.indexOf(':') > 0) {
					lines.add(line);
				}
			}
		}
		return lines;
	}

	boolean hasGroup(String name) {
		return groups.containsKey(name);
	}

	boolean hasUser(String name) {
		return users.containsKey(name);
	}

	void addGroup(String name, int requestedGid, boolean system) throws ImageBuildException {
		if (groups.containsKey(name)) {
			return;
		}
		int gid = requestedGid > 0 ? requestedGid : free(groupIds(), system);
		if (groupIds().contains(gid)) {
			throw new ImageBuildException(ImageText.bind(ImageText.Accounts_gidTaken, name, gid));
		}
		groups.put(name, new String[] { name, "x", Integer.toString(gid), "" }); //$NON-NLS-1$ //$NON-NLS-2$
		gshadow.put(name, new String[] { name, "!", "", "" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	void addUser(String name, int requestedUid, String group, String home, String shell, boolean system)
			throws ImageBuildException {
		if (users.containsKey(name)) {
			return;
		}
		int uid = requestedUid > 0 ? requestedUid : free(userIds(), system);
		if (userIds().contains(uid)) {
			throw new ImageBuildException(ImageText.bind(ImageText.Accounts_uidTaken, name, uid));
		}
		String primary = group == null || group.isBlank() ? name : group;
		if (!groups.containsKey(primary)) {
			addGroup(primary, groupIds().contains(uid) ? 0 : uid, system);
		}
		users.put(name, new String[] { name, "x", Integer.toString(uid), Integer.toString(gid(primary)), "", home, shell }); //$NON-NLS-1$ //$NON-NLS-2$
		shadow.put(name, name + ":!:" + daysSinceEpoch + ":0:99999:7:::"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	void addMember(String user, String group) throws ImageBuildException {
		String[] g = groups.get(group);
		if (g == null) {
			throw new ImageBuildException(ImageText.bind(ImageText.Accounts_noSuchGroup, user, group));
		}
		g[3] = appendMember(g[3], user);
		String[] gs = gshadow.get(group);
		if (gs != null) {
			gs[3] = appendMember(gs[3], user);
		}
	}

	private static String appendMember(String members, String user) {
		return members.isEmpty() ? user : members + "," + user; //$NON-NLS-1$
	}

	int uid(String user) throws ImageBuildException {
		String[] u = users.get(user);
		if (u == null) {
			throw new ImageBuildException(ImageText.bind(ImageText.Accounts_unknownUser, user));
		}
		return Integer.parseInt(u[2]);
	}

	int gid(String group) throws ImageBuildException {
		String[] g = groups.get(group);
		if (g == null) {
			throw new ImageBuildException(ImageText.bind(ImageText.Accounts_unknownGroup, group));
		}
		return Integer.parseInt(g[2]);
	}

	private TreeSet<Integer> userIds() {
		TreeSet<Integer> ids = new TreeSet<>();
		users.values().forEach(u -> ids.add(Integer.parseInt(u[2])));
		return ids;
	}

	private TreeSet<Integer> groupIds() {
		TreeSet<Integer> ids = new TreeSet<>();
		groups.values().forEach(g -> ids.add(Integer.parseInt(g[2])));
		return ids;
	}

	private static int free(TreeSet<Integer> taken, boolean system) throws ImageBuildException {
		int first = system ? FIRST_SYSTEM_ID : FIRST_REGULAR_ID;
		int last = system ? LAST_SYSTEM_ID : LAST_REGULAR_ID;
		for (int id = first; id <= last; id++) {
			if (!taken.contains(id)) {
				return id;
			}
		}
		throw new ImageBuildException(ImageText.bind(ImageText.Accounts_noFreeId, first, last));
	}

	String passwd() {
		return join(users.values());
	}

	String group() {
		return join(groups.values());
	}

	String shadow() {
		return String.join("\n", shadow.values()) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	String gshadow() {
		return join(gshadow.values());
	}

	private static String join(Iterable<String[]> rows) {
		StringBuilder text = new StringBuilder();
		for (String[] row : rows) {
			text.append(String.join(":", row)).append('\n'); //$NON-NLS-1$
		}
		return text.toString();
	}
}
