package dev.tenantsim.placement;
