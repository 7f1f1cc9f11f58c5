/**
 * Price books: unit prices by item key, read from YAML with every price's source, the bundled default
 * overlaid by a user file. Entry points: {@link dev.tenantsim.cost.price.PriceBook#defaults()},
 * {@link dev.tenantsim.cost.price.PriceBook#load(java.nio.file.Path)}, {@link dev.tenantsim.cost.price.PriceBookReader}.
 */
package dev.tenantsim.cost.price;
