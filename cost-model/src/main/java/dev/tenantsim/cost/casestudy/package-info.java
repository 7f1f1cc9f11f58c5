/**
 * The case studies this project grew from, priced from their own line items, with the published
 * figures carried beside the computed ones and every difference explained.
 */
package dev.tenantsim.cost.casestudy;
