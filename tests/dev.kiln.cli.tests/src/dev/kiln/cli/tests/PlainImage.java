package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.testsupport.ExternalTool;

/** A container image that is no Kiln release, pushed by skopeo: what a registry holds besides appliances. */
final class PlainImage {

	private PlainImage() {
	}

	/** Pushes a one-layer image to {@code registry} as {@code reference} ({@code repository:tag}), working in {@code folder}. */
	static void push(LocalRegistry registry, Path folder, String reference) throws Exception {
		ExternalTool.Result copied = ExternalTool.command("skopeo", "copy", "--dest-tls-verify=false", "--dest-creds",
				LocalRegistry.USER + ":" + LocalRegistry.PASSWORD, "docker-archive:" + archive(folder), "docker://" + registry.host() + "/" + reference)
				.in(folder).run();
		assertEquals(0, copied.exitCode(), copied.toString());
	}

	/** A one-layer docker-archive tarball that skopeo can push: the smallest image that is not an appliance. */
	private static Path archive(Path folder) throws Exception {
		Path work = Files.createDirectories(folder.resolve("plain-archive"));
		Files.writeString(work.resolve("hello.txt"), "not an appliance\n");
		ExternalTool.command("tar", "-cf", "layer.tar", "hello.txt").in(work).output();
		String layer = ExternalTool.command("sha256sum", "layer.tar").in(work).output().split(" ")[0];
		String config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:" + layer + "\"]}}";
		Files.writeString(work.resolve("config.json"), config);
		Files.writeString(work.resolve("manifest.json"), "[{\"Config\":\"config.json\",\"RepoTags\":[\"plain:latest\"],\"Layers\":[\"layer.tar\"]}]");
		ExternalTool.command("tar", "-cf", "../plain.tar", "config.json", "manifest.json", "layer.tar").in(work).output();
		return folder.resolve("plain.tar");
	}
}
