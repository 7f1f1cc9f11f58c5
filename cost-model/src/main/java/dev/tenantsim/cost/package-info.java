package dev.tenantsim.cost;
