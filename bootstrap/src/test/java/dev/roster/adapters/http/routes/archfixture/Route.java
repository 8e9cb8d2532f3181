package dev.roster.adapters.http.routes.archfixture;

/** Stands for the HTTP route table, which Lambda may use. */
public class Route {}
