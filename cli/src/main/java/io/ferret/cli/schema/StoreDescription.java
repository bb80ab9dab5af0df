package io.ferret.cli.schema;

import java.util.List;

/**
 * What {@code ferret schema} describes: the store and its tables.
 *
 * @param database the store file
 * @param tables the tables described, by name
 */
public record StoreDescription(String database, List<TableDescription> tables) {}
