/**
 * Kiln's headless image engine: from an immutable build recipe to VM images. Plain Java: no EMF,
 * no workspace, no UI, so the IDE, the command line and the Maven plug-in all drive the same code.
 */
package dev.kiln.image;
