package dev.kiln.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A Vagrant box as Vagrant takes it apart: GNU tar unpacks it, Ruby parses its {@code metadata.json} and runs its
 * {@code Vagrantfile} against a recorder of Vagrant's configuration calls (no Vagrant is installed here).
 */
public final class VagrantBox {

	/** Records every configuration call as a line: the method, its arguments, then its options as key=value. */
	private static final String RECORDER = """
			require 'json'
			class Recorder
			  def initialize(lines); @lines = lines; end
			  def method_missing(name, *args, **options, &block)
			    @lines << ([name.to_s] + args.map(&:to_s) + options.map { |k, v| "#{k}=#{v}" }).join(' ')
			    block.call(self) if block
			    self
			  end
			  def respond_to_missing?(*) = true
			end
			module Vagrant
			  def self.configure(version)
			    raise "configuration version #{version}, not 2" unless version == '2'
			    lines = []
			    yield Recorder.new(lines)
			    puts lines
			  end
			end
			metadata = JSON.parse(File.read(File.join(ARGV[0], 'metadata.json')))
			puts "metadata #{metadata.keys.sort.map { |k| "#{k}=#{metadata[k]}" }.join(' ')}"
			load File.join(ARGV[0], 'Vagrantfile')
			""";

	private final Path folder;
	private final List<String> members;

	private VagrantBox(Path folder, List<String> members) {
		this.folder = folder;
		this.members = members;
	}

	/** Unpacks {@code box} into {@code folder} (created) with GNU tar. */
	public static VagrantBox unpack(Path box, Path folder) throws IOException {
		Files.createDirectories(folder);
		List<String> members = ExternalTool.command("tar", "-tzf", box.toString()).output().lines().toList();
		ExternalTool.command("tar", "-xzf", box.toString(), "-C", folder.toString()).limit(Duration.ofMinutes(5)).output();
		return new VagrantBox(folder, members);
	}

	/** The members' names, in the archive's order. */
	public List<String> members() {
		return members;
	}

	public Path disk() {
		return folder.resolve("box.img");
	}

	/**
	 * What Ruby reads: first {@code metadata key=value...} (keys sorted), then one line per configuration call of
	 * the Vagrantfile, such as {@code cpus= 2} or {@code storage file size=512M bus=virtio}.
	 */
	public List<String> settings() throws IOException {
		Path recorder = Files.writeString(folder.resolve("recorder.rb"), RECORDER);
		return ExternalTool.command("ruby", recorder.toString(), folder.toString()).output().lines().toList();
	}
}
