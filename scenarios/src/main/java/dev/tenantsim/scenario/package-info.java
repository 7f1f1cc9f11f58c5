package dev.tenantsim.scenario;
