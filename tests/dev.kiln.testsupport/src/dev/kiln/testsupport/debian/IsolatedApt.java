package dev.kiln.testsupport.debian;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kiln.testsupport.ExternalTool;
import dev.kiln.testsupport.ExternalTool.Result;

/**
 * The machine's apt-get and apt-cache as an independent judge of a {@link TestDebianArchive}, run as the
 * current user on a configuration and state of their own in a folder (as mmdebstrap runs apt): they see only
 * the sources given here, trust only their {@code signed-by} keyrings and change nothing of the machine's apt.
 */
public final class IsolatedApt {

	private static final Duration LIMIT = Duration.ofMinutes(2);

	private final Path folder;
	private final List<String> sources = new ArrayList<>();

	private IsolatedApt(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	/** apt with its configuration, lists and caches in {@code folder}. */
	public static IsolatedApt in(Path folder) {
		return new IsolatedApt(folder);
	}

	/** Adds {@code deb [signed-by=keyring] mirror suite main} to its sources. */
	public IsolatedApt source(URI mirror, String suite, Path keyring) {
		sources.add("deb [arch=amd64 signed-by=" + keyring.toAbsolutePath() + "] " + mirror + " " + suite + " main");
		return this;
	}

	/** {@code apt-get update}: its output and exit code, whatever it is (apt exits 100 on a refused InRelease). */
	public Result update() throws IOException {
		return run("apt-get", "update");
	}

	/** {@code apt-cache policy package}; fails the test unless apt-cache exits 0. */
	public String policy(String packageName) throws IOException {
		Result result = run("apt-cache", "policy", packageName);
		if (result.exitCode() != 0) {
			throw new AssertionError(result.toString());
		}
		return result.out();
	}

	/** The version apt would install of {@code packageName}, from {@code apt-cache policy}; empty when it knows none. */
	public Optional<String> candidate(String packageName) throws IOException {
		return policy(packageName).lines().map(String::strip).filter(line -> line.startsWith("Candidate: "))
				.map(line -> line.substring("Candidate: ".length())).filter(version -> !version.equals("(none)")).findFirst();
	}

	private Result run(String... command) throws IOException {
		return ExternalTool.command(command).environment(Map.of("APT_CONFIG", configure().toString())).limit(LIMIT).run();
	}

	private Path configure() throws IOException {
		for (String dir : List.of("etc/apt.conf.d", "etc/preferences.d", "etc/sources.list.d", "etc/trusted.gpg.d",
				"lists/partial", "archives/partial", "log")) {
			Files.createDirectories(folder.resolve(dir));
		}
		Path status = folder.resolve("status");
		if (!Files.exists(status)) {
			Files.createFile(status);
		}
		Files.writeString(folder.resolve("etc/sources.list"), String.join("\n", sources) + "\n");
		String config = String.join("\n",
				"Dir \"" + folder + "/\";",
				"Dir::Etc \"" + folder + "/etc/\";",
				"Dir::Etc::main \"" + folder + "/etc/apt.conf\";",
				"Dir::Etc::parts \"" + folder + "/etc/apt.conf.d/\";",
				"Dir::Etc::sourcelist \"" + folder + "/etc/sources.list\";",
				"Dir::Etc::sourceparts \"" + folder + "/etc/sources.list.d/\";",
				"Dir::Etc::trusted \"" + folder + "/etc/trusted.gpg\";",
				"Dir::Etc::trustedparts \"" + folder + "/etc/trusted.gpg.d/\";",
				"Dir::Etc::preferences \"" + folder + "/etc/preferences\";",
				"Dir::Etc::preferencesparts \"" + folder + "/etc/preferences.d/\";",
				"Dir::State \"" + folder + "/\";",
				"Dir::State::lists \"" + folder + "/lists/\";",
				"Dir::State::status \"" + status + "\";",
				"Dir::Cache \"" + folder + "/\";",
				"Dir::Cache::archives \"" + folder + "/archives/\";",
				"Dir::Log \"" + folder + "/log/\";",
				"APT::Architecture \"amd64\";",
				"APT::Architectures { \"amd64\"; };",
				"Acquire::Languages \"none\";",
				"Acquire::Retries \"0\";",
				"Acquire::http::Timeout \"30\";",
				"Acquire::http::Proxy::127.0.0.1 \"DIRECT\";",
				// the download methods run as this user, not as _apt, who could not read the folder
				"APT::Sandbox::User \"" + System.getProperty("user.name") + "\";",
				"Debug::NoLocking \"true\";") + "\n";
		return Files.writeString(folder.resolve("apt.conf"), config);
	}
}
