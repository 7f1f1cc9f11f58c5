/**
 * {@code tenantsim serve}: a local web server (the JDK's {@code com.sun.net.httpserver}) in front of
 * the same loader, validator, comparison runner and report writer as the command line. Pages are
 * static resources with a little vanilla JavaScript; everything else is JSON under {@code /api/}.
 * Every run writes a normal report folder under the server's work folder ({@code runs/}); uploads
 * live in {@code uploads/}; nothing is read or written outside it.
 */
package dev.tenantsim.web;
