package dev.tenantsim.workload;
