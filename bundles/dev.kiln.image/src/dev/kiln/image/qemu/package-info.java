/**
 * Booting an image Kiln built under {@code qemu-system-x86_64}: the command line (accelerator, firmware,
 * serial console, user-mode network with port forwards) shared by the IDE's launch and the boot tests.
 * Plain Java, no process handling of its own.
 */
package dev.kiln.image.qemu;
