package dev.tenantsim.report;
