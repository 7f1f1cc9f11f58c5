/**
 * A small YAML tree that keeps the line and column of every node, so every problem can be
 * located in the user's file; merging of variant overrides into the base tree.
 */
package dev.tenantsim.scenario.yaml;
