/** Running an appliance project in QEMU from the workbench: the launch configuration type and its preferences. */
package dev.kiln.launch;
