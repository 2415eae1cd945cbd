package dev.kiln.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.kiln.image.ImageBuildException;

class AccountsTest {

	private static final String PASSWD = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
			+ "_apt:x:100:65534::/nonexistent:/usr/sbin/nologin\n";
	private static final String GROUP = "root:x:0:\ndaemon:x:1:\nshadow:x:42:\nsystemd-journal:x:100:\n";

	private Accounts accounts() {
		return new Accounts(PASSWD, GROUP, "root:*:19000:0:99999:7:::\n", "root:*::\n", 1_704_067_200L);
	}

	@Test
	void aSystemUserGetsTheLowestFreeSystemIdAndItsOwnGroup() throws ImageBuildException {
		Accounts accounts = accounts();
		accounts.addUser("hello", 0, null, "/nonexistent", "/usr/sbin/nologin", true);
		assertEquals(101, accounts.uid("hello"));
		assertEquals(101, accounts.gid("hello"));
		assertTrue(accounts.passwd().endsWith("hello:x:101:101::/nonexistent:/usr/sbin/nologin\n"), accounts.passwd());
		assertTrue(accounts.shadow().contains("hello:!:19723:0:99999:7:::"), accounts.shadow());
	}

	@Test
	void aRegularUserStartsAt1000AndJoinsExtraGroups() throws ImageBuildException {
		Accounts accounts = accounts();
		accounts.addUser("ada", 0, null, "/home/ada", "/bin/bash", false);
		accounts.addMember("ada", "systemd-journal");
		assertEquals(1000, accounts.uid("ada"));
		assertTrue(accounts.group().contains("systemd-journal:x:100:ada\n"), accounts.group());
	}

	@Test
	void aRequestedIdThatIsTakenIsAnError() {
		ImageBuildException e = assertThrows(ImageBuildException.class, () -> accounts().addUser("x", 1, null, "/", "/bin/sh", true));
		assertTrue(e.getMessage().contains("uid 1 is taken"), e.getMessage());
	}

	@Test
	void anUnknownOwnerIsNamedInTheError() {
		ImageBuildException e = assertThrows(ImageBuildException.class, () -> accounts().uid("nobody-here"));
		assertTrue(e.getMessage().contains("'nobody-here' is not a user"), e.getMessage());
	}

	@Test
	void existingUsersAndGroupsAreKept() throws ImageBuildException {
		Accounts accounts = accounts();
		accounts.addGroup("daemon", 0, true);
		assertEquals(1, accounts.gid("daemon"));
		assertEquals(GROUP, accounts.group());
	}
}
