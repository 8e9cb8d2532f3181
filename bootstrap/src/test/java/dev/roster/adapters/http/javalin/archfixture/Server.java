package dev.roster.adapters.http.javalin.archfixture;

/** Stands for the Javalin binding, which Lambda must not use. */
public class Server {}
